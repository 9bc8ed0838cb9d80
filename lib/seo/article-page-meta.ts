import { CORRECTION_LABELS } from "@/lib/articles/corrections";
import type { PublishedArticle } from "@/lib/articles/get-published-article";
import { buildArticleMetadata } from "@/lib/seo/article-metadata";
import { buildBreadcrumbJsonLd, buildNewsArticleJsonLd } from "@/lib/seo/json-ld";
import type { PageMeta } from "@/lib/seo/page-meta";

// What search engines and link previews read: metadata, social cards and JSON-LD.
export function describeArticlePage(article: PublishedArticle, sectionTrail: { name: string; href: string }[]): PageMeta {
  const image = article.image ? { url: article.image.src, width: article.image.width, height: article.image.height, alt: article.image.alt } : null;
  const corrections = article.corrections.map((c) => ({ text: `${CORRECTION_LABELS[c.kind]}: ${c.text}`, publishedAt: c.createdAt }));
  const page = buildArticleMetadata(article, image);
  const description = page.description;
  return {
    ...page,
    jsonLd: buildNewsArticleJsonLd({
      ...article,
      description,
      corrections,
      image,
      section: sectionTrail.at(-1)?.name ?? null,
      // issue-13: Home › sections › the article, as the page's breadcrumb (one JSON-LD object per page).
      breadcrumb: buildBreadcrumbJsonLd([...sectionTrail, { name: article.headline, href: `/articles/${article.slug}` }]),
    }),
  };
}
