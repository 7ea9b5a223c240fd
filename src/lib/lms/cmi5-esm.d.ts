// @xapi/cmi5's ES module build, imported by path: its package.json has no "main" or "exports", and its
// "browser" field points at a UMD file. The types are the package's own.
declare module '@xapi/cmi5/dist/Cmi5.esm.js' {
  import Cmi5 from '@xapi/cmi5';
  export default Cmi5;
}
