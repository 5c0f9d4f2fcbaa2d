// Loaded before anything else (first import of main.ts): graphql-js and Apollo
// read NODE_ENV when their modules load. Unset means production: development
// mode adds cross-realm checks on every type lookup (measurable per request).
process.env.NODE_ENV ??= 'production'
export {}
