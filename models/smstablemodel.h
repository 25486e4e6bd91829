#pragma once

#include "activitytablemodel.h"
#include "conversationmodel.h"
#include "smssync.h"

#include <QCache>
#include <QDateTime>
#include <QImage>

class RecipientModel;

//! The rep's SMS: drafts, scheduled, outbox, sent, failed and received. Only drafts can be
//! edited; status changes go through send(), schedule(), cancel(), never through setData().
class SmsTableModel : public ActivityTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        RecipientColumn,
        ContactColumn,
        MessageColumn,
        WhenColumn,
        ListColumnCount
    };
    Q_ENUM(Column)

    explicit SmsTableModel(CloseClient *client, QObject *parent = nullptr);
    //! Shows `sms` (made with smsFields()), which it takes as its child.
    explicit SmsTableModel(SmsSync *sms, QObject *parent = nullptr);
    //! The fields of an SMS as the form and the table show them.
    static QList<ActivityField> smsFields();

    int listColumnCount() const override { return ListColumnCount; }
    //! What ConversationModel shows of this table: the status tells how a message went.
    static constexpr ConversationModel::Columns conversationColumns {MessageColumn, StatusColumn,
                                                                     WhenColumn, RecipientColumn};
    SmsSync *sms() const { return m_sms; }
    //! Who a new SMS can go to, searched as the rep types (owned by `parent`).
    RecipientModel *createRecipientModel(QObject *parent) const;

    // What SmsSync says and does (see there).
    void send(int row, int undoSeconds = 0) { m_sms->send(row, undoSeconds); }
    void schedule(int row, const QDateTime &when) { m_sms->schedule(row, when); }
    void cancel(int row) { m_sms->cancel(row); }
    void reschedule(int row, const QDateTime &when) { m_sms->reschedule(row, when); }
    void sendNow(int row, int undoSeconds = 0) { m_sms->sendNow(row, undoSeconds); }
    void deleteDraft(int row) { m_sms->deleteDraft(row); }
    QString status(int row) const { return m_sms->status(row); }
    SmsStatus::Status statusOf(int row) const { return m_sms->statusOf(row); }
    void setPollInterval(int ms) { m_sms->setPollInterval(ms); }
    bool canSend(int row) const { return m_sms->canSend(row); }
    bool canSchedule(int row) const { return m_sms->canSchedule(row); }
    QString sendProblem(int row) const { return m_sms->sendProblem(row); }
    QString recipientProblem(int row) const { return m_sms->recipientProblem(row); }
    bool canCancel(int row) const { return m_sms->canCancel(row); }
    bool isScheduled(int row) const { return m_sms->isScheduled(row); }

    // MMS (MmsAttachments): attaching files to a draft, showing and opening attachments.
    //! Checks the file, uploads it and adds it to the draft's attachments (a pending edit).
    //! Returns why not, with nothing uploaded; empty when the upload started (attached() or
    //! attachFailed() follows).
    QString attachFile(int row, const QString &path);
    //! A picture (pasted, say) attached as a PNG named `filename`.
    QString attachImage(int row, const QImage &image, const QString &filename = {});
    //! Whether a file for the row is on its way to Close.
    bool isUploading(int row) const;
    //! For the file dialog: the kinds of file an MMS takes.
    static QString attachFilter();
    //! The picture for the row's attachment `index`: its thumbnail (or the picture itself, for a
    //! file not saved yet), scaled to fit `side`; null until fetched (thumbnailReady() then).
    QImage thumbnail(int row, int index, int side = 64) const;
    //! Fetches the row's attachment `index` into a file only the rep can read: attachmentOpened()
    //! with its path, or attachmentOpenFailed().
    void openAttachment(int row, int index);

signals:
    //! Close could not send an SMS it had accepted: status `error`, with Close's reason.
    void deliveryFailed(const QString &id, const QString &errorMessage);
    void attached(const QString &id, const QString &filename);
    void attachFailed(const QString &id, const QString &why);
    //! A picture asked for by thumbnail() arrived: ask again.
    void thumbnailReady();
    void attachmentOpened(const QString &localPath);
    void attachmentOpenFailed(const QString &why);

protected:
    QVariant listData(int row, int column, int role) const override;
    QString listTitle(int column) const override;

private:
    QVariantMap attachmentAt(int row, int index) const;

    SmsSync *m_sms;
    //! Decoded pictures by url and size, so that painting does not decode each time.
    mutable QCache<QString, QImage> m_thumbnails; //!< a cache: filled as they are asked for
};
