/** English strings for a build with no schedule: BuildKit stops at an error, or the classic builder cannot run the file. */
export const verdictEn = {
  failsTitle: 'The build fails at line {line}',
  failsBody: 'BuildKit stops at this error before it builds anything, so there is no build to play. Fix it and the build appears here.',
  classicCannotTitle: 'The classic builder cannot build this file',
  classicCannotBody: 'Line {line} uses {feature}, which needs BuildKit: the classic builder stops there before it builds anything, so there is no classic build to play. Turn the switch off to see BuildKit’s build.',
  classicCannotShort: 'The classic builder cannot build this file: line {line} uses {feature}, which needs BuildKit.',
  compareCannot: 'The classic builder cannot build this file (line {line} uses {feature}), so there is nothing to compare.',
  showLine: 'Show line {line}',
};
