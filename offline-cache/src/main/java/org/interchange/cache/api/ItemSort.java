package org.interchange.cache.api;

/** Orders a folder's items for a list view. */
public enum ItemSort { DATE_DESC, DATE_ASC, SENDER, SUBJECT, SIZE_DESC }
