package org.interchange.mapi.server.store;

/** PidTagContentCount, PidTagContentUnreadCount and PidTagSubfolders of a folder, [MS-OXCFOLD] 2.2.2.2.1. */
public record FolderCounts(int total, int unread, int subfolders) {
}
