package org.interchange.mapi.client.write;

/**
 * A message move as RopSynchronizationImportMessageMove uploads it, [MS-OXCFXICS] 2.2.3.2.4.4: the source keys
 * of the source folder and of the message, the message's PidTagPredecessorChangeList, the source key the client
 * chooses for the moved message (an XID in a namespace of its own, 2.2.1.2.5) and its change key.
 */
public record MessageMove(byte[] sourceFolderKey, byte[] sourceMessageKey, byte[] predecessorChangeList,
                          byte[] destinationKey, byte[] changeKey) {

    public MessageMove {
        sourceFolderKey = sourceFolderKey.clone();
        sourceMessageKey = sourceMessageKey.clone();
        predecessorChangeList = predecessorChangeList.clone();
        destinationKey = destinationKey.clone();
        changeKey = changeKey.clone();
    }

    @Override
    public byte[] sourceFolderKey() {
        return sourceFolderKey.clone();
    }

    @Override
    public byte[] sourceMessageKey() {
        return sourceMessageKey.clone();
    }

    @Override
    public byte[] predecessorChangeList() {
        return predecessorChangeList.clone();
    }

    @Override
    public byte[] destinationKey() {
        return destinationKey.clone();
    }

    @Override
    public byte[] changeKey() {
        return changeKey.clone();
    }
}
