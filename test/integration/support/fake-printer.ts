// The tests' receipt printer is the sandbox's virtual one (npm start runs the same).
export * from '../../../sandbox/virtual-printer/receipt-printer'
