// lunr-languages ships CommonJS plugins without type declarations.
declare module 'lunr-languages/lunr.stemmer.support.js' {
  const stemmerSupport: (lunr: typeof import('lunr')) => void;
  export default stemmerSupport;
}

declare module 'lunr-languages/lunr.nl.js' {
  const nl: (lunr: typeof import('lunr')) => void;
  export default nl;
}
