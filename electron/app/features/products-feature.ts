import { createProductsService } from '../../services/products-service'
import { defineFeature } from '../feature'

type ProductChannel =
  | 'products.position'
  | 'products.ofKind'
  | 'products.detail'
  | 'products.movements'
  | 'products.cardStatement'
  | 'certificates.options'
  | 'certificates.issue'
  | 'certificates.get'

/** Products, statements and certificates: thin IPC glue over the products service. */
export const productsFeature = defineFeature<ProductChannel>(({ api, auth }) => {
  const products = createProductsService({ api, auth })
  return {
    name: 'products',
    handlers: {
      'products.position': () => products.position(),
      'products.ofKind': ({ kind }) => products.ofKind(kind),
      'products.detail': ({ productId }) => products.detail(productId),
      'products.movements': (request) => products.movements(request),
      'products.cardStatement': ({ productId, period }) => products.cardStatement(productId, period),
      'certificates.options': () => products.certificateOptions(),
      'certificates.issue': (request) => products.issueCertificate(request),
      'certificates.get': ({ code }) => products.certificate(code),
    },
  }
})
