/**
 * English strings for what the build checks add to BuildKit's findings (issue 10, second
 * round): notes where a base image's platform decides the build, a source the .dockerignore
 * keeps out, findings of ONBUILD triggers, and Stagecraft's own rule marked as ours.
 */
export const checks2En = {
  platformMissing: 'Stage {stage} asks for {platform} from {image}, which is not published for it: the pull fails (BuildKit finds no match for that platform).',
  platformFallback: 'Stage {stage} asks for {platform} from {image}, which is not published for it: BuildKit pulls {actual} instead and warns (InvalidBaseImagePlatform), unless the builder runs {actual} natively, which Stagecraft cannot know.',
  ignoredSource: 'The .dockerignore keeps “{path}” out of the build context, so the COPY or ADD on line {line} cannot find it and the build fails (docker build --check does not get this far).',
  fromOnbuild: 'from the ONBUILD on line {line}',
  own: 'Stagecraft’s own check, not BuildKit’s: docker build does not print it',
};
