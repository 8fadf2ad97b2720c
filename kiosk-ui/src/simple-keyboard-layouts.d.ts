declare module 'simple-keyboard-layouts/build/layouts/chinese.js' {
  const layout: { layout: Record<string, string[]>; layoutCandidates: Record<string, string> };
  export default layout;
}
