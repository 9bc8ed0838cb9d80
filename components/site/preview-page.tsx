/** @jsxImportSource @/lib/html */
import type { PublishedArticle } from "@/lib/articles/get-published-article";
import type { SafeHtml } from "@/lib/html/safe-html";
import { absoluteUrl } from "@/lib/seo/json-ld";
import { ArticleView } from "@/components/site/article-view";
import { SiteDocument } from "@/components/site/site-document";

/**
 * A private preview of the current draft, drawn by the article page's own view so it
 * reads exactly as readers will see it.
 */
export function PreviewPage({ article, html, scripts = [] }: { article: PublishedArticle; html: SafeHtml; scripts?: string[] }): SafeHtml {
  return (
    <SiteDocument meta={{ title: `Preview: ${article.headline}`, robots: "noindex, nofollow, noarchive", scripts }}>
      <p role="note" className="mx-auto mb-6 max-w-2xl rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
        Preview of an unpublished draft. Do not share this link publicly.
      </p>
      <ArticleView article={article} html={html} url={absoluteUrl(`/articles/${article.slug}`)} related={[]} preview />
    </SiteDocument>
  );
}
