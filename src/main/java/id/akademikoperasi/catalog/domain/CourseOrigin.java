package id.akademikoperasi.catalog.domain;

/** Where a course came from: the curriculum shipped in content/, written in the browser, or uploaded as a zip. */
public enum CourseOrigin { SHIPPED, AUTHORED, UPLOADED }
