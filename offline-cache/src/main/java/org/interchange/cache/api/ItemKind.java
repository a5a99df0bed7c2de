package org.interchange.cache.api;

/** The five kinds of groupware item the cache holds. */
public enum ItemKind { MAIL, APPOINTMENT, CONTACT, TASK, NOTE }
