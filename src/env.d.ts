/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The module being rendered, so MDX components such as <Leervraag /> can read its frontmatter. */
    module?: { id: string; learningQuestion: string; code: string };
  }
}
