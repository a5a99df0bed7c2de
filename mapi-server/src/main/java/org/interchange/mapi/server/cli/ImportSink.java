package org.interchange.mapi.server.cli;

import org.interchange.mapi.objects.mime.MapiMessage;

/**
 * Where {@link ImportFiles} hands what it read: each converted message object ([MS-OXCMSG] 2.2)
 * with a name an administrator can find it by, or the name of an item that could not be read and why.
 */
interface ImportSink {

    void item(String name, MapiMessage message);

    void failed(String item, String problem);
}
