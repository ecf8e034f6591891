/** English strings of the classroom additions (issue 13): base sizes overridable, the single-stage baseline. */
export const classroomEn = {
  imagesHint: 'In MB (1 MB = 1,000,000 bytes). Base images start at the catalog’s size for today’s tags. Type a size to reproduce a tutorial’s figures (its images were older); leave it empty to keep the catalog’s.',
  imageCatalog: 'catalog: {size}',
  imageNotInCatalog: 'not in the catalog',
  fatRow: 'One stage only (the whole build in one image)',
  fatHint: 'Where the tutorials start: the build image plus what it builds, shipped as it is.',
} as const;
