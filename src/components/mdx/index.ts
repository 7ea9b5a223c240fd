// The components MDX authors can use without importing them; passed to <Content components={…} />.
import Begrip from './Begrip.astro';
import Casus from './Casus.astro';
import Kader from './Kader.astro';
import Leervraag from './Leervraag.astro';
import Reflectie from './Reflectie.astro';
import Paragraph from './Paragraph.astro';
import Link from './Link.astro';
import Gemeente from './Gemeente.astro';
import InOnzeGemeente from './InOnzeGemeente.astro';
import Werkblad from './Werkblad.astro';

export const mdxComponents = { Begrip, Casus, Kader, Leervraag, Reflectie, Gemeente, InOnzeGemeente, Werkblad, p: Paragraph, a: Link };

/** Element overrides for plain Markdown (glossary, cases, programme). */
export const markdownComponents = { p: Paragraph, a: Link };
