import { CERTIFICATES_SERVICE, PRODUCTS_SERVICE } from '../../../shared/ipc/services'
import { registerService } from '../../ipc/register-service'
import { createProductsService } from '../../services/products-service'
import { defineFeature } from '../feature'

/** Products, statements and certificates over the products service. */
export const productsFeature = defineFeature(({ api, auth }) => {
  const products = createProductsService({ api, auth })
  return {
    name: 'products',
    handlers: {
      ...registerService(PRODUCTS_SERVICE, {
        ...products,
        ofKind: ({ kind }) => products.ofKind(kind),
        detail: ({ productId }) => products.detail(productId),
        cardStatement: ({ productId, period }) => products.cardStatement(productId, period),
      }),
      ...registerService(CERTIFICATES_SERVICE, {
        options: () => products.certificateOptions(),
        issue: (request) => products.issueCertificate(request),
        get: ({ code }) => products.certificate(code),
      }),
    },
  }
})
