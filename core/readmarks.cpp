#include "readmarks.h"

#include "ownerfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace {
constexpr int formatVersion = 1;
constexpr qint64 maxFileBytes
    = 4 * 1024 * 1024; //!< far over maxMarks ids; a bigger one is not ours
} // namespace

ReadMarks::ReadMarks(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setInterval(1000);
    connect(&m_writeTimer, &QTimer::timeout, this, &ReadMarks::flush);
    load();
}

ReadMarks::~ReadMarks()
{
    flush();
}

QString ReadMarks::pathFor(const QString &scope)
{
    return OwnerFile::pathFor(QStringLiteral("read"), scope);
}

void ReadMarks::load()
{
    QFile file(m_path);
    QJsonObject json;
    if (file.open(QIODevice::ReadOnly) && file.size() <= maxFileBytes)
        json = QJsonDocument::fromJson(file.read(maxFileBytes)).object();
    m_since = json.value(QLatin1String("version")).toInt() == formatVersion
        ? QDateTime::fromString(json.value(QLatin1String("since")).toString(), Qt::ISODateWithMs)
        : QDateTime();
    if (!m_since.isValid()) {
        // None yet, or not readable: they begin now. Nothing the rep wrote is in them.
        m_since = QDateTime::currentDateTimeUtc().addDays(-newForDays);
        m_dirty = true;
        m_writeTimer.start();
        return;
    }
    const QJsonObject read = json.value(QLatin1String("read")).toObject();
    for (auto it = read.begin(); it != read.end() && m_read.size() < maxMarks; ++it)
        m_read.insert(it.key(), qint64(it.value().toDouble()));
}

bool ReadMarks::isUnread(const QString &id, const QDateTime &at) const
{
    return at.isValid() && at >= m_since && !m_read.contains(id);
}

bool ReadMarks::markRead(const QString &id)
{
    if (id.isEmpty() || m_read.contains(id))
        return false;
    m_read.insert(id, QDateTime::currentMSecsSinceEpoch());
    if (m_read.size() > maxMarks) {
        // The oldest tenth goes at once, so this happens seldom.
        std::vector<qint64> times;
        times.reserve(size_t(m_read.size()));
        for (const qint64 t : std::as_const(m_read))
            times.push_back(t);
        const auto cut = times.begin() + maxMarks / 10;
        std::nth_element(times.begin(), cut, times.end());
        const qint64 before = *cut;
        m_read.removeIf([before](const auto &it) { return it.value() < before; });
    }
    changed();
    return true;
}

void ReadMarks::setSince(const QDateTime &since)
{
    m_since = since;
    changed();
}

void ReadMarks::changed()
{
    m_dirty = true;
    if (!m_writeTimer.isActive())
        m_writeTimer.start();
}

bool ReadMarks::flush()
{
    m_writeTimer.stop();
    if (!m_dirty)
        return true;
    QJsonObject read;
    for (auto it = m_read.cbegin(); it != m_read.cend(); ++it)
        read.insert(it.key(), double(it.value()));
    const QByteArray bytes
        = QJsonDocument(QJsonObject {{QStringLiteral("version"), formatVersion},
                                     {QStringLiteral("since"), m_since.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("read"), read}})
              .toJson(QJsonDocument::Compact);
    if (const QString error = OwnerFile::write(m_path, bytes); !error.isEmpty()) {
        emit writeFailed(tr("Draftbox could not remember which messages you have read (%1): %2.")
                             .arg(QDir::toNativeSeparators(m_path), error));
        return false;
    }
    m_dirty = false;
    return true;
}
