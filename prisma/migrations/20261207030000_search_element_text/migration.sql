-- Issue 15: the words readers see around the text are searchable too: embed, image and
-- gallery captions and credits, table captions, fact box titles, pull quote attributions.
-- The same words as lib/content/plain-text.ts (documentToPlainText, for feeds and the
-- Content API); tests/integration/element-search.test.ts proves the two agree. Nodes are
-- visited in document order (the `.**` walk is depth-first; a node's attributes come before
-- its children, so a pull quote's attribution precedes its words here).
CREATE OR REPLACE FUNCTION "dateline_document_text"(doc jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(string_agg(f."value", ' ' ORDER BY n."position", f."part"), '')
  FROM jsonb_path_query(doc, 'strict $.** ? (@.type() == "object" && exists(@.type))') WITH ORDINALITY AS n("node", "position")
  CROSS JOIN LATERAL (VALUES
    (1, CASE WHEN jsonb_typeof(n."node" -> 'text') = 'string' THEN n."node" ->> 'text' END),
    (2, CASE WHEN n."node" ->> 'type' = 'factBox' THEN n."node" #>> '{attrs,title}' END),
    (3, CASE WHEN n."node" ->> 'type' IN ('embed', 'figure', 'table', 'gallery') THEN n."node" #>> '{attrs,caption}' END),
    (4, CASE WHEN n."node" ->> 'type' IN ('embed', 'figure') THEN n."node" #>> '{attrs,credit}' END),
    (5, CASE WHEN n."node" ->> 'type' = 'pullQuote' THEN n."node" #>> '{attrs,attribution}' END),
    (6, CASE WHEN n."node" ->> 'type' = 'gallery' THEN (
          SELECT string_agg(concat_ws(' ', nullif(i ->> 'caption', ''), nullif(i ->> 'credit', '')), ' ')
          FROM jsonb_path_query(n."node", 'lax $.attrs.images[*] ? (@.type() == "object")') AS i
        ) END)
  ) AS f("part", "value")
  WHERE f."value" <> ''
$$;

-- Recompute every article's search vector (the trigger rebuilds it).
UPDATE "articles" SET "search_vector" = NULL;
