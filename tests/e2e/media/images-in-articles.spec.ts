import { expect, test } from "@playwright/test";
import { makeStaff, signIn, uniqueWord, withDb } from "../support/staff";
import { makeJpeg } from "../../support/images";

test("upload an image inline, insert it with caption and credit, and publish only once it has alt text", async ({ page, browser }) => {
  const editor = await makeStaff("EDITOR");
  const word = uniqueWord();
  await signIn(page, editor);
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Headline").fill(`Fishing fleet returns ${word}`);
  await page.getByLabel("Body").click();
  await page.keyboard.type("The boats came in at dawn.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}/);

  // Upload from inside the editor, with a progress bar, then insert without alt text.
  await page.getByLabel("Body").click();
  await page.keyboard.press("End");
  await page.getByRole("button", { name: "Image", exact: true }).click();
  const panel = page.getByRole("group", { name: "Insert image" });
  await panel.getByLabel("Upload an image").setInputFiles({ name: `harbour-${word}.jpg`, mimeType: "image/jpeg", buffer: await makeJpeg(1800, 1200, true) });
  await expect(panel.getByLabel("Alt text (needed to publish)")).toBeVisible();
  await panel.getByLabel("Caption").fill(`Boats at the quay ${word}`);
  await panel.getByLabel("Credit").fill("Photo: Ana Ruiz");
  await panel.getByRole("button", { name: "Insert image" }).click();
  await expect(page.getByLabel("Body").locator("figure img")).toBeVisible();

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("An image has no alt text: select it, then “Edit image”.");

  // Select the image and give it alt text.
  await page.getByLabel("Body").locator("figure").click();
  await page.getByRole("button", { name: "Image", exact: true }).click();
  const edit = page.getByRole("group", { name: "Edit image" });
  await edit.getByLabel("Alt text (needed to publish)").fill("Fishing boats moored at a stone quay at dawn");
  await edit.getByRole("button", { name: "Update image" }).click();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();

  // A reader sees a responsive figure that reserves its space.
  const reader = await browser.newPage();
  await reader.goto(`/articles/fishing-fleet-returns-${word}`);
  const img = reader.getByRole("img", { name: "Fishing boats moored at a stone quay at dawn" });
  await expect(img).toBeVisible();
  await expect(img).toHaveAttribute("width", "1800");
  await expect(img).toHaveAttribute("height", "1200");
  await expect(img).toHaveAttribute("sizes", /42rem/);
  await expect(img).toHaveAttribute("srcset", /320\.jpg 320w, .*1800\.jpg 1800w/);
  await expect(reader.locator("figure source[type='image/webp']")).toHaveAttribute("srcset", /\.webp 320w/);
  await expect(reader.locator("figcaption")).toHaveText(`Boats at the quay ${word} Photo: Ana Ruiz`);
  expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);

  const src = (await img.getAttribute("src"))!;
  const response = await reader.request.get(src);
  expect(response.headers()["content-type"]).toBe("image/jpeg");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const bytes = await response.body();
  expect(bytes.includes(Buffer.from("GPS"))).toBe(false);
  expect(bytes.includes(Buffer.from("TestCam"))).toBe(false);
  await reader.close();

  // The library filled in the caption and credit typed in the editor, and knows where the image is used.
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Media" }).click();
  await page.getByLabel("Search alt text, captions, credits and file names").fill(`Boats at the quay ${word}`);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("list", { name: "Images" }).getByRole("link").first().click();
  await expect(page.getByLabel("Credit")).toHaveValue("Photo: Ana Ruiz");
  await expect(page.getByRole("region", { name: "Used in" }).getByRole("link", { name: `Fishing fleet returns ${word}` })).toBeVisible();
});

test("a featured image is chosen from the library and needs alt text to publish", async ({ page }) => {
  const editor = await makeStaff("EDITOR");
  const word = uniqueWord();
  await signIn(page, editor);
  await page.goto("/admin/media");
  // The upload field works once the page is interactive (the no-JS form needs its button).
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Upload an image").setInputFiles({ name: `skyline-${word}.jpg`, mimeType: "image/jpeg", buffer: await makeJpeg(1200, 800) });
  await expect(page.getByText("Uploaded. Add alt text, a caption and a credit.")).toBeVisible();

  await page.goto("/admin/articles/new");
  await page.getByLabel("Headline").fill(`Skyline at night ${word}`);
  await page.getByLabel("Body").click();
  await page.keyboard.type("Lights over the bay.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}/);
  const picker = page.getByRole("group", { name: "Featured image" });
  await picker.getByRole("button", { name: "Choose featured image" }).click();
  await picker.getByLabel("Search the library").fill(`skyline-${word}`);
  await picker.getByRole("list", { name: "Library images" }).getByRole("button").first().click();
  await expect(picker.getByRole("status")).toHaveText("Featured image set.");

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Not published: The featured image has no alt text: add it in the media library.");
  const id = page.url().match(/articles\/([0-9a-f-]{36})/)![1];
  const featured = await withDb(async (db) => (await db.query("SELECT featured_image_id FROM articles WHERE id = $1", [id])).rows[0].featured_image_id);
  expect(featured).toBeTruthy();
});

test("bad files are refused with a clear message and nothing is stored", async ({ page }) => {
  const reporter = await makeStaff("REPORTER");
  await signIn(page, reporter);
  await page.goto("/admin/media");
  // The upload field works once the page is interactive (the no-JS form needs its button).
  await page.waitForLoadState("networkidle");
  const count = () => withDb(async (db) => Number((await db.query("SELECT count(*) FROM media_assets")).rows[0].count));
  const before = await count();
  const cases = [
    { name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.from("<!doctype html><html><script>alert(1)</script></html>"), message: "This file is not a JPEG, PNG, WebP, AVIF or GIF image, whatever its name says." },
    { name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), message: "SVG files are not accepted" },
    { name: "../../etc/passwd", mimeType: "application/octet-stream", buffer: Buffer.from("root:x:0:0:root:/root:/bin/bash\n"), message: "This file is not a JPEG, PNG, WebP, AVIF or GIF image" },
  ];
  for (const file of cases) {
    await page.getByLabel("Upload an image").setInputFiles(file);
    await expect(page.getByRole("main").getByRole("alert")).toContainText(file.message);
  }
  const big = await page.request.post("/api/uploads", {
    data: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60 * 1024 * 1024)]),
    headers: { Accept: "application/json", "Content-Type": "application/octet-stream", "X-File-Name": "big.jpg", Origin: new URL(page.url()).origin },
  });
  expect(big.status()).toBe(413);
  expect((await big.json()).message).toBe("The file is larger than 20 MB. Resize or compress it, then upload it again.");
  expect(await count()).toBe(before);
});

test("uploads need a session", async ({ request, baseURL }) => {
  const response = await request.post("/api/uploads", { data: await makeJpeg(100, 100), headers: { Accept: "application/json", "Content-Type": "application/octet-stream", Origin: baseURL! } });
  expect(response.status()).toBe(401);
});

test("the library uploads without JavaScript too, and says why a file is refused", async ({ browser }) => {
  const reporter = await makeStaff("REPORTER");
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(reporter.email);
  await page.getByLabel("Password").fill(reporter.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/admin");

  await page.goto("/admin/media");
  // The upload field works once the page is interactive (the no-JS form needs its button).
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Upload an image").setInputFiles({ name: "notes.jpg", mimeType: "image/jpeg", buffer: Buffer.from("<html><body>not a picture</body></html>") });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("This file is not a JPEG, PNG, WebP, AVIF or GIF image, whatever its name says. Export it in one of those formats.");

  await page.getByLabel("Upload an image").setInputFiles({ name: "quay.png", mimeType: "image/png", buffer: await makeJpeg(640, 480) });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByText("Uploaded. Add alt text, a caption and a credit.")).toBeVisible();
  await expect(page.getByText("JPEG, 640 × 480 pixels")).toBeVisible();
  await context.close();
});
