/**
 * Folder permissions, [MS-OXCPERM]: the permissions table and its changes (RopGetPermissionsTable,
 * RopModifyPermissions), the PidTagMemberRights bits and roles, and {@link
 * org.interchange.mapi.server.rop.oxcperm.FolderAccess}, the check every ROP handler makes before it
 * reads or changes another user's mailbox.
 */
package org.interchange.mapi.server.rop.oxcperm;
