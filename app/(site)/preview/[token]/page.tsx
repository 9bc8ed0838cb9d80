import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPreviewArticle } from "@/lib/articles/preview-links";
import { renderDocumentHtml } from "@/lib/content/render-html";
import { absoluteUrl } from "@/lib/seo/json-ld";
import { ArticleView } from "@/components/site/article-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getPreviewArticle((await params).token);
  return { title: article ? `Preview: ${article.headline}` : "Preview", robots: { index: false, follow: false, nocache: true } };
}

// A private preview of the current draft, rendered by the article page's own view so
// it reads exactly as readers will see it. Expired, revoked and unknown tokens are
// all the same 404.
export default async function PreviewPage({ params }: Props) {
  const article = await getPreviewArticle((await params).token);
  if (!article) notFound();
  // The one sanitizing renderer (lib/content/render-html.ts) is the only source of this HTML.
  const html = renderDocumentHtml(article.body);
  return (
    <>
      <p role="note" className="mx-auto mb-6 max-w-2xl rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
        Preview of an unpublished draft. Do not share this link publicly.
      </p>
      <ArticleView article={article} html={html} url={absoluteUrl(`/articles/${article.slug}`)} related={[]} preview />
    </>
  );
}
