// Every SMS, WhatsApp message and phone number the sandbox serves is checked against the
// published OpenAPI response schemas (tests/data/openapi, copied from Close's docs): required
// fields present, types and nullability right, enum values known, datetimes as Close writes them.
#include "sandboxserver.h"
#include "testhttp.h"

#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

//! Just enough YAML for the `components:` block of these files: nested maps, lists of scalars,
//! quoted scalars, and folded continuation lines (ignored).
class MiniYaml
{
public:
    static QVariantMap components(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return {};
        QList<QPair<int, QString>> lines;
        bool inside = false;
        const QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &raw : all) {
            if (raw.startsWith(QLatin1Char('#')) || raw.trimmed().isEmpty())
                continue;
            if (raw == "components:"_L1) {
                inside = true;
                continue;
            }
            if (inside && !raw.startsWith(QLatin1Char(' ')))
                break;
            if (inside) {
                const int indent
                    = int(raw.size() - QString(raw).remove(QRegularExpression(u"^ +"_s)).size());
                lines.append({indent, raw.trimmed()});
            }
        }
        qsizetype at = 0;
        return parseMap(lines, at, lines.isEmpty() ? 0 : lines.first().first);
    }

private:
    static QString scalar(QString text)
    {
        if (text.size() >= 2
            && (text.startsWith(QLatin1Char('\'')) || text.startsWith(QLatin1Char('"'))))
            text = text.mid(1, text.size() - 2);
        return text;
    }

    static QVariantMap parseMap(const QList<QPair<int, QString>> &lines, qsizetype &at, int indent)
    {
        QVariantMap map;
        QString lastKey;
        while (at < lines.size()) {
            const auto &[level, text] = lines.at(at);
            if (level < indent)
                break;
            if (level > indent || text.startsWith("- "_L1)) { // continuation of a folded scalar
                ++at;
                continue;
            }
            const qsizetype colon = text.indexOf(QLatin1Char(':'));
            if (colon < 0) {
                ++at;
                continue;
            }
            lastKey = text.left(colon);
            const QString rest = text.mid(colon + 1).trimmed();
            ++at;
            if (!rest.isEmpty()) {
                map.insert(lastKey, scalar(rest));
                continue;
            }
            if (at < lines.size() && lines.at(at).second.startsWith("- "_L1)
                && lines.at(at).first >= indent) {
                QStringList items;
                const int listIndent = lines.at(at).first;
                while (at < lines.size() && lines.at(at).first == listIndent
                       && lines.at(at).second.startsWith("- "_L1)) {
                    items << scalar(lines.at(at).second.mid(2).trimmed());
                    ++at;
                }
                map.insert(lastKey, items);
            } else if (at < lines.size() && lines.at(at).first > indent) {
                map.insert(lastKey, parseMap(lines, at, lines.at(at).first));
            }
        }
        return map;
    }
};

} // namespace

class tst_SandboxSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void yamlReaderSeesTheSchemas();
    void responsesMatchSchemas_data();
    void responsesMatchSchemas();
    void checkerCatchesViolations();

private:
    QStringList violations(const QJsonObject &object, const QVariantMap &schemas,
                           const QString &schemaName) const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<TestHttp> m_http;
    QHash<QString, QVariantMap> m_schemas; // file -> components.schemas
};

void tst_SandboxSchema::initTestCase()
{
    for (const auto &file : {u"sms-get"_s, u"whatsapp-get"_s, u"phone-numbers-get"_s}) {
        const QVariantMap components
            = MiniYaml::components(QStringLiteral(DRAFTBOX_OPENAPI_DIR "/") + file + u".yaml"_s);
        m_schemas.insert(file, components.value(u"schemas"_s).toMap());
    }
    SandboxConfig config;
    config.seedCount = 200;
    config.rateLimit = 0;
    m_server = std::make_unique<SandboxServer>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_http = std::make_unique<TestHttp>(m_server->baseUrl());
}

void tst_SandboxSchema::yamlReaderSeesTheSchemas()
{
    const QVariantMap sms = m_schemas.value(u"sms-get"_s).value(u"SMSActivity"_s).toMap();
    QCOMPARE(sms.value(u"required"_s).toStringList().size(), 27);
    QCOMPARE(
        sms.value(u"properties"_s).toMap().value(u"cost"_s).toMap().value(u"type"_s).toStringList(),
        (QStringList {u"string"_s, u"null"_s}));
    QCOMPARE(
        m_schemas.value(u"sms-get"_s)
            .value(u"MessageStatus"_s)
            .toMap()
            .value(u"enum"_s)
            .toStringList(),
        (QStringList {u"inbox"_s, u"draft"_s, u"scheduled"_s, u"outbox"_s, u"sent"_s, u"error"_s}));
    const QVariantMap wa
        = m_schemas.value(u"whatsapp-get"_s).value(u"WhatsAppMessageActivity"_s).toMap();
    QCOMPARE(wa.value(u"required"_s).toStringList().size(), 25);
    QVERIFY(m_schemas.value(u"phone-numbers-get"_s).contains(u"PhoneNumber"_s));
}

QStringList tst_SandboxSchema::violations(const QJsonObject &object, const QVariantMap &schemas,
                                          const QString &schemaName) const
{
    QStringList problems;
    const QVariantMap schema = schemas.value(schemaName).toMap();
    const QVariantMap properties = schema.value(u"properties"_s).toMap();
    const QString id = object.value("id"_L1).toString();
    for (const QString &field : schema.value(u"required"_s).toStringList()) {
        if (!object.contains(field))
            problems << u"%1: required %2 missing"_s.arg(id, field);
    }
    static const QRegularExpression closeDateTime(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}\\+00:00$"_s);
    for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
        if (!object.contains(it.key()))
            continue;
        const QJsonValue value = object.value(it.key());
        QVariantMap property = it.value().toMap();
        QStringList enumValues;
        QStringList types;
        // `oneOf: [$ref: X, type: 'null']`, read by MiniYaml as two strings.
        for (const QString &option : property.value(u"oneOf"_s).toStringList()) {
            if (option.startsWith("$ref:"_L1)) {
                const QString ref = option.section(QLatin1Char('/'), -1).remove(QLatin1Char('\''));
                const QVariantMap target = schemas.value(ref).toMap();
                enumValues = target.value(u"enum"_s).toStringList();
                types << target.value(u"type"_s).toString();
            } else if (option.contains("null"_L1)) {
                types << u"null"_s;
            }
        }
        if (property.contains(u"$ref"_s)) {
            const QString ref = property.value(u"$ref"_s).toString().section(QLatin1Char('/'), -1);
            property = schemas.value(ref).toMap();
            enumValues = property.value(u"enum"_s).toStringList();
        }
        if (types.isEmpty())
            types = property.value(u"type"_s).toStringList();
        if (types.isEmpty())
            types << property.value(u"type"_s).toString();
        const QString actual = value.isNull()                  ? u"null"_s
            : value.isString()                                 ? u"string"_s
            : value.isBool()                                   ? u"boolean"_s
            : value.isArray()                                  ? u"array"_s
            : value.isObject()                                 ? u"object"_s
            : value.toDouble() == std::floor(value.toDouble()) ? u"integer"_s
                                                               : u"number"_s;
        const bool typeOk
            = types.contains(actual) || (actual == "integer"_L1 && types.contains(u"number"_s));
        if (!typeOk)
            problems << u"%1: %2 is %3, schema says %4"_s.arg(id, it.key(), actual,
                                                              types.join(u"|"_s));
        if (!enumValues.isEmpty() && value.isString() && !enumValues.contains(value.toString()))
            problems << u"%1: %2 = %3 is not in the enum"_s.arg(id, it.key(), value.toString());
        if (property.value(u"format"_s) == u"date-time"_s && value.isString()
            && !closeDateTime.match(value.toString()).hasMatch())
            problems << u"%1: %2 = %3 is not Close's datetime form"_s.arg(id, it.key(),
                                                                          value.toString());
        if (actual == "array"_L1 && property.contains(u"items"_s)) {
            const QVariantMap items = property.value(u"items"_s).toMap();
            const QString itemType = items.value(u"type"_s).toString();
            for (const QJsonValue &item : value.toArray()) {
                if (itemType == "string"_L1 && !item.isString())
                    problems << u"%1: %2 has a non-string item"_s.arg(id, it.key());
                if (items.contains(u"$ref"_s)) {
                    const QString ref
                        = items.value(u"$ref"_s).toString().section(QLatin1Char('/'), -1);
                    problems << violations(item.toObject(), schemas, ref);
                }
            }
        }
    }
    return problems;
}

void tst_SandboxSchema::responsesMatchSchemas_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("schema");

    QTest::newRow("SMS") << "activity/sms/"
                         << "sms-get"
                         << "SMSActivity";
    QTest::newRow("WhatsApp") << "activity/whatsapp_message/"
                              << "whatsapp-get"
                              << "WhatsAppMessageActivity";
    QTest::newRow("phone numbers") << "phone_number/"
                                   << "phone-numbers-get"
                                   << "PhoneNumber";
}

void tst_SandboxSchema::responsesMatchSchemas()
{
    QFETCH(QString, list);
    QFETCH(QString, file);
    QFETCH(QString, schema);
    QStringList problems;
    int checked = 0;
    QSet<QString> statuses;
    for (int skip = 0;; skip += 100) {
        const HttpResult page = m_http->get(list, u"_skip=%1"_s.arg(skip));
        QCOMPARE(page.status, 200);
        for (const QJsonValue &v : page.data()) {
            problems << violations(v.toObject(), m_schemas.value(file), schema);
            statuses.insert(v.toObject().value("status"_L1).toString());
            ++checked;
        }
        if (!page.json.value("has_more"_L1).toBool())
            break;
    }
    QVERIFY(checked > 0);
    if (schema == "SMSActivity"_L1)
        QCOMPARE(statuses.size(), 6); // every status was checked
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
}

void tst_SandboxSchema::checkerCatchesViolations()
{
    // The checker itself must be able to fail.
    const QJsonObject sms = m_http->get(u"activity/sms/"_s).data().first().toObject();
    const QVariantMap schemas = m_schemas.value(u"sms-get"_s);
    QVERIFY(violations(sms, schemas, u"SMSActivity"_s).isEmpty());
    QJsonObject broken = sms;
    broken.remove(u"organization_id"_s);
    broken.insert(u"status"_s, u"queued"_s);
    broken.insert(u"cost"_s, 3);
    broken.insert(u"date_created"_s, u"2026-01-01 10:00"_s);
    broken.insert(u"users"_s, QJsonArray {1});
    QCOMPARE(violations(broken, schemas, u"SMSActivity"_s).size(), 5);
}

QTEST_GUILESS_MAIN(tst_SandboxSchema)
#include "tst_sandboxschema.moc"
