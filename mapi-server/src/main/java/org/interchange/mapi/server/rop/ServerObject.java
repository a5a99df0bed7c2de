package org.interchange.mapi.server.rop;

/**
 * An object a client holds a handle to, [MS-OXCROPS] 1.3.1 and 2.2.1 (Server object handle table):
 * a logon, folder, message, attachment, table or stream. Every object belongs to one logon.
 */
public sealed interface ServerObject
        permits LogonObject, FolderObject, MessageObject, AttachmentObject, TableObject, StreamObject,
        SyncContextObject, FastTransferSourceObject, CollectorObject, SubscriptionObject {

    LogonObject logon();
}
