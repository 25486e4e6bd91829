#include "smstemplatemodel.h"

SmsTemplateModel::SmsTemplateModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SmsTemplateModel::setTemplates(const QList<SmsTemplate> &templates)
{
    beginResetModel();
    m_templates.clear();
    for (const SmsTemplate &t : templates) {
        if (t.status.value() != QLatin1String("archived"))
            m_templates.append({t.id.value(), t.name.value(), t.text.value()});
    }
    endResetModel();
}

QList<std::tuple<QString, QString, QString>> SmsTemplateModel::idsNamesAndTexts() const
{
    QList<std::tuple<QString, QString, QString>> list;
    list.reserve(m_templates.size());
    for (const Template &t : m_templates)
        list.append({t.id, t.name, t.text});
    return list;
}

int SmsTemplateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

QVariant SmsTemplateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Template &t = m_templates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return t.name;
    case IdRole:
        return t.id;
    case TextRole:
        return t.text;
    default:
        return {};
    }
}

QHash<int, QByteArray> SmsTemplateModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(TextRole, "text");
    return names;
}
