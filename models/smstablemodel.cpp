#include "smstablemodel.h"

#include "recipientmodel.h"
#include "smsstatus.h"

#include <QBuffer>

#include <algorithm>

namespace {

using Kind = ActivityTableModel::FieldInfo::Kind;

} // namespace

QList<ActivityField> SmsTableModel::smsFields()
{
    return {
        {QStringLiteral("id"), SmsTableModel::tr("ID"), Kind::Id, false},
        {QStringLiteral("status"), SmsTableModel::tr("Status"), Kind::Text, false},
        {QStringLiteral("text"), SmsTableModel::tr("Message"), Kind::Text, true},
        {QStringLiteral("local_phone"), SmsTableModel::tr("From"), Kind::Phone, true},
        {QStringLiteral("remote_phone"), SmsTableModel::tr("To"), Kind::Phone, true},
        {QStringLiteral("contact_id"), SmsTableModel::tr("Contact"), Kind::Id, true},
        {QStringLiteral("lead_id"), SmsTableModel::tr("Lead"), Kind::Id, true},
        {QStringLiteral("user_id"), SmsTableModel::tr("User"), Kind::Id, true},
        {QStringLiteral("template_id"), SmsTableModel::tr("Template"), Kind::Id, true},
        {QStringLiteral("activity_at"), SmsTableModel::tr("Activity date"), Kind::DateTime, true},
        {QStringLiteral("attachments"), SmsTableModel::tr("Attachments"), Kind::Attachments, true},
        {QStringLiteral("local_phone_formatted"), SmsTableModel::tr("From (formatted)"), Kind::Text,
         false},
        {QStringLiteral("local_country_iso"), SmsTableModel::tr("From country"), Kind::Text, false},
        {QStringLiteral("remote_phone_formatted"), SmsTableModel::tr("To (formatted)"), Kind::Text,
         false},
        {QStringLiteral("remote_country_iso"), SmsTableModel::tr("To country"), Kind::Text, false},
        {QStringLiteral("direction"), SmsTableModel::tr("Direction"), Kind::Text, false},
        {QStringLiteral("source"), SmsTableModel::tr("Source"), Kind::Text, false},
        {QStringLiteral("date_created"), SmsTableModel::tr("Created"), Kind::DateTime, false},
        {QStringLiteral("date_updated"), SmsTableModel::tr("Updated"), Kind::DateTime, false},
        {QStringLiteral("date_scheduled"), SmsTableModel::tr("Scheduled for"), Kind::DateTime,
         false},
        {QStringLiteral("date_sent"), SmsTableModel::tr("Sent"), Kind::DateTime, false},
        {QStringLiteral("cost"), SmsTableModel::tr("Cost"), Kind::Text, false},
        {QStringLiteral("error_message"), SmsTableModel::tr("Error"), Kind::Text, false},
        {QStringLiteral("created_by"), SmsTableModel::tr("Created by (ID)"), Kind::Id, false},
        {QStringLiteral("created_by_name"), SmsTableModel::tr("Created by"), Kind::Text, false},
        {QStringLiteral("updated_by"), SmsTableModel::tr("Updated by (ID)"), Kind::Id, false},
        {QStringLiteral("updated_by_name"), SmsTableModel::tr("Updated by"), Kind::Text, false},
        {QStringLiteral("user_name"), SmsTableModel::tr("User name"), Kind::Text, false},
        {QStringLiteral("sequence_id"), SmsTableModel::tr("Sequence (ID)"), Kind::Id, false},
        {QStringLiteral("sequence_name"), SmsTableModel::tr("Sequence"), Kind::Text, false},
        {QStringLiteral("sequence_subscription_id"), SmsTableModel::tr("Sequence subscription"),
         Kind::Id, false},
        {QStringLiteral("organization_id"), SmsTableModel::tr("Organization"), Kind::Id, false},
        {QStringLiteral("users"), SmsTableModel::tr("Users"), Kind::List, false},
    };
}

namespace {

QString statusTitle(const QString &status)
{
    return SmsStatus::title(SmsStatus::fromWire(status));
}

} // namespace

SmsTableModel::SmsTableModel(CloseClient *client, QObject *parent)
    : SmsTableModel(new SmsSync(client, smsFields()), parent)
{ }

SmsTableModel::SmsTableModel(SmsSync *sms, QObject *parent)
    : ActivityTableModel(sms, parent)
    , m_sms(sms)
{
    connect(sms, &SmsSync::deliveryFailed, this, &SmsTableModel::deliveryFailed);
    MmsAttachments *files = sms->attachments();
    connect(files, &MmsAttachments::attached, this, &SmsTableModel::attached);
    connect(files, &MmsAttachments::attachFailed, this, &SmsTableModel::attachFailed);
    connect(files, &MmsAttachments::fetched, this, &SmsTableModel::thumbnailReady);
    connect(files, &MmsAttachments::opened, this, &SmsTableModel::attachmentOpened);
    connect(files, &MmsAttachments::openFailed, this, &SmsTableModel::attachmentOpenFailed);
    m_thumbnails.setMaxCost(256 * 256 * 4 * 64); // some 64 large thumbnails
}

QString SmsTableModel::attachFile(int row, const QString &path)
{
    return m_sms->attachments()->attachFile(row, path);
}

QString SmsTableModel::attachImage(int row, const QImage &image, const QString &filename)
{
    if (image.isNull())
        return tr("There is no picture to attach.");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString name = filename.isEmpty()
        ? tr("picture-%1.png")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
        : filename;
    return m_sms->attachments()->attachBytes(row, name, QStringLiteral("image/png"), buffer.data());
}

bool SmsTableModel::isUploading(int row) const
{
    return row >= 0 && row < rowCount() && m_sms->attachments()->uploading(idAt(row)) > 0;
}

QString SmsTableModel::attachFilter()
{
    return MmsAttachments::fileDialogFilter();
}

QVariantMap SmsTableModel::attachmentAt(int row, int index) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return field(row, QStringLiteral("attachments")).toList().value(index).toMap();
}

QImage SmsTableModel::thumbnail(int row, int index, int side) const
{
    const QVariantMap file = attachmentAt(row, index);
    if (!file.value(QStringLiteral("content_type")).toString().startsWith(QLatin1String("image/")))
        return {};
    QString url = file.value(QStringLiteral("thumbnail_url")).toString();
    if (url.isEmpty())
        url = file.value(QStringLiteral("url")).toString();
    if (url.isEmpty())
        return {};
    const QString key = url + QLatin1Char('@') + QString::number(side);
    if (const QImage *cached = m_thumbnails.object(key))
        return *cached;
    const QByteArray bytes = m_sms->attachments()->bytes(url);
    if (bytes.isEmpty())
        return {};
    QImage image = QImage::fromData(bytes);
    if (image.isNull())
        return {};
    image = image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_thumbnails.insert(key, new QImage(image), std::max<qsizetype>(1, image.sizeInBytes()));
    return image;
}

void SmsTableModel::openAttachment(int row, int index)
{
    const QVariantMap file = attachmentAt(row, index);
    const QString url = file.value(QStringLiteral("url")).toString();
    if (url.isEmpty()) {
        emit attachmentOpenFailed(tr("There is no such attachment."));
        return;
    }
    m_sms->attachments()->open(url, file.value(QStringLiteral("filename")).toString());
}

QString SmsTableModel::listTitle(int column) const
{
    switch (column) {
    case StatusColumn:
        return tr("Status");
    case RecipientColumn:
        return tr("Number"); // theirs: whom it went to, or who sent it for a received SMS
    case ContactColumn:
        return tr("Contact");
    case MessageColumn:
        return tr("Message");
    case WhenColumn:
        return tr("When");
    default:
        return {};
    }
}

QVariant SmsTableModel::listData(int row, int column, int role) const
{
    const QString status = text(row, QStringLiteral("status"));
    const auto when = [&]() -> std::optional<QDateTime> {
        const char *key = status == QLatin1String("scheduled") ? "date_scheduled"
            : status == QLatin1String("sent")                  ? "date_sent"
                                                               : "activity_at";
        return time(row, QString::fromLatin1(key));
    };
    if (role == Qt::DisplayRole) {
        switch (column) {
        case StatusColumn:
            return statusTitle(status);
        case RecipientColumn:
            return listRemotePhone(row);
        case ContactColumn:
            return displayName(text(row, QStringLiteral("contact_id")));
        case MessageColumn:
            return listMessage(text(row, QStringLiteral("text")));
        case WhenColumn:
            return listTime(when());
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == StatusColumn && status == QLatin1String("error"))
        return listTip(text(row, QStringLiteral("error_message")));
    // Those written before their recipient replied say so where the status is.
    if (role == Qt::ToolTipRole && column == StatusColumn) {
        if (const int reply = m_sms->replySince(row); reply >= 0)
            return listTip(tr("%1 replied since you wrote this: “%2”")
                               .arg(m_sms->recipientName(reply),
                                    listMessage(text(reply, QStringLiteral("text")))));
    }
    if (role == Qt::ToolTipRole && column == MessageColumn)
        return listTip(text(row, QStringLiteral("text")));
    if (role == Qt::UserRole) {
        // The sort key: what needs the rep first comes first, then the newest.
        if (column == StatusColumn) {
            // One number: the rank above, within a rank the newest first (by When), those
            // with no date last.
            constexpr qint64 timeBits = 42; // milliseconds up to the year 2109
            constexpr qint64 latest = (qint64(1) << timeBits) - 1;
            const auto at = when();
            const qint64 ms
                = at ? std::clamp<qint64>(at->toMSecsSinceEpoch(), 0, latest) : qint64(-1);
            const qint64 rank = SmsStatus::rank(SmsStatus::fromWire(status));
            return (rank << timeBits) | (ms < 0 ? latest : latest - 1 - ms);
        }
        if (column == WhenColumn) {
            const auto at = when();
            return at ? QVariant(*at) : QVariant();
        }
        return listData(row, column, Qt::DisplayRole);
    }
    // The first picture of an MMS, small, once it is fetched.
    if (role == ThumbnailRole && column == MessageColumn)
        return thumbnail(row, 0, thumbnailSide);
    // How it looks is the delegate's, with the palette in use.
    if (role == SeverityRole)
        return int(SmsStatus::severity(SmsStatus::fromWire(status)));
    return {};
}

RecipientModel *SmsTableModel::createRecipientModel(QObject *parent) const
{
    return new RecipientModel(m_sms, m_sms->client(), parent);
}
