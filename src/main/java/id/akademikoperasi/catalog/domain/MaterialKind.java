package id.akademikoperasi.catalog.domain;

/** An uploaded file (PDF, slides, video…) or a link to a video on an allowed host. */
public enum MaterialKind { FILE, VIDEO_LINK }
