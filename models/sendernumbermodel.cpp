#include "sendernumbermodel.h"

#include "phonecheck.h"

SenderNumberModel::SenderNumberModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SenderNumberModel::setNumbers(const QList<PhoneNumber> &numbers)
{
    beginResetModel();
    m_numbers.clear();
    for (const PhoneNumber &number : numbers) {
        if (number.canSendSms())
            m_numbers.append({number.number.value(), number.label.value()});
    }
    endResetModel();
}

int SenderNumberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_numbers.size());
}

QVariant SenderNumberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[number, label] = m_numbers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 — %2").arg(label, PhoneCheck::check(number).formatted);
    case NumberRole:
        return number;
    case LabelRole:
        return label;
    default:
        return {};
    }
}

QHash<int, QByteArray> SenderNumberModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NumberRole, "number");
    names.insert(LabelRole, "label");
    return names;
}
