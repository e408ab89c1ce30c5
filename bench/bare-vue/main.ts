// The yardstick for the kiosk's start-up: the smallest Vite + Vue 3 app with a heading and a button.
import { createApp } from 'vue'
import App from './App.vue'

createApp(App).mount('#app')
