#include "sendernumbermodel.h"

#include "phonecheck.h"

SenderNumberModel::SenderNumberModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SenderNumberModel::setNumbers(const QList<PhoneNumber> &numbers)
{
    beginResetModel();
    m_all = numbers;
    m_numbers.clear();
    m_rows.clear();
    for (const PhoneNumber &number : numbers) {
        if (number.canSendSms()) {
            m_numbers.append({number.number.value(), number.label.value()});
            m_rows.append(number);
        }
    }
    endResetModel();
}

void SenderNumberModel::setRecipientCountry(const QString &countryIso)
{
    if (countryIso == m_recipientCountry)
        return;
    m_recipientCountry = countryIso;
    if (!m_numbers.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

bool SenderNumberModel::canText(int row) const
{
    return m_recipientCountry.isEmpty()
        || (row >= 0 && row < m_rows.size() && m_rows.at(row).reaches(m_recipientCountry));
}

int SenderNumberModel::firstAbleRow() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (canText(row))
            return row;
    }
    return -1;
}

Qt::ItemFlags SenderNumberModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid() && !canText(index.row()))
        flags &= ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return flags;
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
    case Qt::ToolTipRole:
        return canText(index.row())
            ? QVariant()
            : QVariant(tr("%1 cannot text numbers in %2.").arg(label, m_recipientCountry));
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
