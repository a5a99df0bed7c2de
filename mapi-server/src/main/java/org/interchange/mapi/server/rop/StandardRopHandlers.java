package org.interchange.mapi.server.rop;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.interchange.mapi.server.mail.OutboundMail;
import org.interchange.mapi.server.rop.oxorule.ModifyRulesHandler;
import org.interchange.mapi.server.rop.oxorule.GetRulesTableHandler;
import org.interchange.mapi.server.rop.oxcperm.GetPermissionsTableHandler;
import org.interchange.mapi.server.rop.oxcperm.ModifyPermissionsHandler;
import org.interchange.mapi.server.rop.oxcfold.CreateFolderHandler;
import org.interchange.mapi.server.rop.oxcfold.DeleteFolderHandler;
import org.interchange.mapi.server.rop.oxcfold.DeleteMessagesHandler;
import org.interchange.mapi.server.rop.oxcfold.EmptyFolderHandler;
import org.interchange.mapi.server.rop.oxcfold.HardDeleteMessagesHandler;
import org.interchange.mapi.server.rop.oxcfold.MoveCopyMessagesHandler;
import org.interchange.mapi.server.rop.oxcmsg.CreateAttachmentHandler;
import org.interchange.mapi.server.rop.oxcmsg.CreateMessageHandler;
import org.interchange.mapi.server.rop.oxcmsg.DeleteAttachmentHandler;
import org.interchange.mapi.server.rop.oxcmsg.OpenEmbeddedMessageHandler;
import org.interchange.mapi.server.rop.oxcmsg.ModifyRecipientsHandler;
import org.interchange.mapi.server.rop.oxcmsg.RemoveAllRecipientsHandler;
import org.interchange.mapi.server.rop.oxcmsg.SaveChangesAttachmentHandler;
import org.interchange.mapi.server.rop.oxcmsg.SaveChangesMessageHandler;
import org.interchange.mapi.server.rop.oxcmsg.SetMessageStatusHandler;
import org.interchange.mapi.server.rop.oxcprpt.CommitStreamHandler;
import org.interchange.mapi.server.rop.oxcprpt.DeletePropertiesHandler;
import org.interchange.mapi.server.rop.oxcprpt.SetPropertiesHandler;
import org.interchange.mapi.server.rop.oxcprpt.SetStreamSizeHandler;
import org.interchange.mapi.server.rop.oxcprpt.WriteStreamHandler;
import org.interchange.mapi.server.rop.oxomsg.SubmitMessageHandler;
import org.interchange.mapi.server.rop.oxcfold.GetContentsTableHandler;
import org.interchange.mapi.server.rop.oxcfold.GetHierarchyTableHandler;
import org.interchange.mapi.server.rop.oxcfold.OpenFolderHandler;
import org.interchange.mapi.server.rop.oxcmsg.GetAttachmentTableHandler;
import org.interchange.mapi.server.rop.oxcmsg.OpenAttachmentHandler;
import org.interchange.mapi.server.rop.oxcmsg.OpenMessageHandler;
import org.interchange.mapi.server.rop.oxcmsg.SetReadFlagsHandler;
import org.interchange.mapi.server.rop.oxcfxics.FastTransferSourceGetBufferHandler;
import org.interchange.mapi.server.rop.oxcnotif.RegisterNotificationHandler;
import org.interchange.mapi.server.rop.oxcfxics.ImportDeletesHandler;
import org.interchange.mapi.server.rop.oxcfxics.ImportMessageChangeHandler;
import org.interchange.mapi.server.rop.oxcfxics.ImportMessageMoveHandler;
import org.interchange.mapi.server.rop.oxcfxics.ImportHierarchyChangeHandler;
import org.interchange.mapi.server.rop.oxcfxics.ImportReadStateChangesHandler;
import org.interchange.mapi.server.rop.oxcfxics.OpenCollectorHandler;
import org.interchange.mapi.server.rop.oxcfxics.SynchronizationConfigureHandler;
import org.interchange.mapi.server.rop.oxcfxics.SynchronizationGetTransferStateHandler;
import org.interchange.mapi.server.rop.oxcfxics.UploadStateStreamBeginHandler;
import org.interchange.mapi.server.rop.oxcfxics.UploadStateStreamContinueHandler;
import org.interchange.mapi.server.rop.oxcfxics.UploadStateStreamEndHandler;
import org.interchange.mapi.server.rop.oxcprpt.GetNamesFromPropertyIdsHandler;
import org.interchange.mapi.server.rop.oxcprpt.GetPropertiesAllHandler;
import org.interchange.mapi.server.rop.oxcprpt.GetPropertiesListHandler;
import org.interchange.mapi.server.rop.oxcprpt.GetPropertiesSpecificHandler;
import org.interchange.mapi.server.rop.oxcprpt.GetPropertyIdsFromNamesHandler;
import org.interchange.mapi.server.rop.oxcprpt.GetStreamSizeHandler;
import org.interchange.mapi.server.rop.oxcprpt.OpenStreamHandler;
import org.interchange.mapi.server.rop.oxcprpt.ReadStreamHandler;
import org.interchange.mapi.server.rop.oxcprpt.SeekStreamHandler;
import org.interchange.mapi.server.rop.oxcstor.GetReceiveFolderHandler;
import org.interchange.mapi.server.rop.oxcstor.GetStoreStateHandler;
import org.interchange.mapi.server.rop.oxcstor.IdFromLongTermIdHandler;
import org.interchange.mapi.server.rop.oxcstor.LogonHandler;
import org.interchange.mapi.server.rop.oxcstor.LongTermIdFromIdHandler;
import org.interchange.mapi.server.rop.oxctabl.GetStatusHandler;
import org.interchange.mapi.server.rop.oxctabl.QueryColumnsAllHandler;
import org.interchange.mapi.server.rop.oxctabl.QueryPositionHandler;
import org.interchange.mapi.server.rop.oxctabl.QueryRowsHandler;
import org.interchange.mapi.server.rop.oxctabl.ResetTableHandler;
import org.interchange.mapi.server.rop.oxctabl.SeekRowHandler;
import org.interchange.mapi.server.rop.oxctabl.SetColumnsHandler;
import org.interchange.mapi.server.rop.oxctabl.SortTableHandler;

/**
 * The ROP handlers of this server grouped by specification: [MS-OXCSTOR] logon and ids,
 * [MS-OXCFOLD] folders, [MS-OXCTABL] tables, [MS-OXCMSG] messages and attachments, [MS-OXCPRPT]
 * properties and streams, [MS-OXORULE] rules, [MS-OXCPERM] permissions.
 */
public final class StandardRopHandlers {
    private StandardRopHandlers() {
    }

    /** Every handler; {@code outbound} is the mail gateway RopSubmitMessage relays through, if any. */
    public static List<RopHandler<?>> all(Clock clock, Optional<OutboundMail> outbound) {
        return List.of(new LogonHandler(clock), new OpenFolderHandler(),
                new GetHierarchyTableHandler(), new GetContentsTableHandler(), new SetColumnsHandler(),
                new QueryRowsHandler(), new OpenMessageHandler(), new GetAttachmentTableHandler(),
                new OpenAttachmentHandler(), new OpenEmbeddedMessageHandler(),
                new GetPropertiesSpecificHandler(), new GetPropertiesAllHandler(),
                new GetPropertyIdsFromNamesHandler(), new OpenStreamHandler(), new ReadStreamHandler(),
                new GetReceiveFolderHandler(), new GetStoreStateHandler(), new LongTermIdFromIdHandler(),
                new IdFromLongTermIdHandler(), new QueryPositionHandler(), new SeekRowHandler(),
                new ResetTableHandler(), new SortTableHandler(), new QueryColumnsAllHandler(),
                new GetPropertiesListHandler(), new GetStreamSizeHandler(), new SeekStreamHandler(),
                new GetNamesFromPropertyIdsHandler(), new GetStatusHandler(), new GetRulesTableHandler(), new ModifyRulesHandler(),
                new SetReadFlagsHandler(), new SynchronizationConfigureHandler(), new UploadStateStreamBeginHandler(),
                new UploadStateStreamContinueHandler(), new UploadStateStreamEndHandler(),
                new FastTransferSourceGetBufferHandler(), new SynchronizationGetTransferStateHandler(),
                new CreateMessageHandler(), new SaveChangesMessageHandler(), new ModifyRecipientsHandler(),
                new RemoveAllRecipientsHandler(), new CreateAttachmentHandler(), new SaveChangesAttachmentHandler(),
                new DeleteAttachmentHandler(), new SetPropertiesHandler(), new DeletePropertiesHandler(),
                new WriteStreamHandler(), new CommitStreamHandler(), new SetStreamSizeHandler(),
                new CreateFolderHandler(), new DeleteFolderHandler(), new DeleteMessagesHandler(),
                new HardDeleteMessagesHandler(), new MoveCopyMessagesHandler(), new EmptyFolderHandler(),
                new SubmitMessageHandler(clock, outbound), new OpenCollectorHandler(), new ImportMessageChangeHandler(), new ImportMessageMoveHandler(), new ImportHierarchyChangeHandler(),
                new ImportDeletesHandler(), new ImportReadStateChangesHandler(), new RegisterNotificationHandler(),
                new SetMessageStatusHandler(), new GetPermissionsTableHandler(), new ModifyPermissionsHandler());
    }
}
