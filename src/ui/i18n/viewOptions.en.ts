/** English strings of the view options added to the View menu (issue 13): the pipeline switch. */
export const viewOptionsEn = {
  pipeline: 'Draw a build script as its pipeline (builder pattern)',
  pipelineNone: 'No build script in this workspace: add one (build.sh) to see it drawn.',
  pipelineTitle: 'While a build script such as build.sh is the open file, the graph’s place shows the images, containers and copied files its docker commands make.',
} as const;
