export * from './mass'
export * from './grade'
export * from './product-factors'
