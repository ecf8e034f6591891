/** English strings for BuildKit-fidelity features: first error, named build contexts, descriptions. */
export const fidelityEn = {
  firstError: 'BuildKit stops here',
  afterFirstError: 'BuildKit would say this next',
};
