declare namespace App {
  interface Locals {
    /** Preview only: the article with errors whose address was asked for (src/middleware.ts). */
    broken?: import('./collections/preview.ts').BrokenArticle;
  }
}
