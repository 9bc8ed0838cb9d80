// Articles on a reader list page (front page, tag and author pages).
export const PAGE_SIZE = 20;
