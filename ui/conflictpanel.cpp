#include "conflictpanel.h"

#include "activitytablemodel.h"
#include "formsupport.h"
#include "safehtml.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QString shown(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return ConflictPanel::tr("(empty)");
    if (value.metaType().id() == QMetaType::QDateTime)
        return FormSupport::when(value);
    if (value.metaType().id() == QMetaType::QVariantList)
        return value.toList().size() == 1
            ? ConflictPanel::tr("1 attachment")
            : ConflictPanel::tr("%n attachments", nullptr, int(value.toList().size()));
    const QString text = value.toString();
    return text.isEmpty() ? ConflictPanel::tr("(empty)") : text;
}

} // namespace

ConflictPanel::ConflictPanel(ActivityTableModel *model, QWidget *parent)
    : QGroupBox(tr("Changed in Close while you were editing"), parent)
    , m_model(model)
    , m_intro(new QLabel(this))
    , m_grid(new QGridLayout)
{
    FormSupport::showPlainText({m_intro});
    setAccessibleName(title());
    m_intro->setWordWrap(true);
    m_intro->setText(tr("For each field, choose which version to keep, then save."));
    // Long texts scroll inside the panel instead of pushing the form's fields out of the window.
    auto *values = new QWidget;
    values->setLayout(m_grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(values);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(fontMetrics().lineSpacing() * 5 + 8); // a title and four lines
    scroll->setMaximumHeight(fontMetrics().lineSpacing() * 9);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll);
    hide();
}

void ConflictPanel::showRow(int row)
{
    const QStringList fields = row < 0 ? QStringList() : m_model->conflictFields(row);
    QVariantList values;
    for (const QString &field : fields)
        values << m_model->field(row, field) << m_model->theirs(row, field);
    if (fields == m_shown && values == m_shownValues) {
        setVisible(!fields.isEmpty());
        return;
    }
    m_shown = fields;
    m_shownValues = values;
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    setVisible(!fields.isEmpty());
    if (fields.isEmpty())
        return;
    auto *yoursTitle = new QLabel(tr("<b>Yours</b>"));
    auto *theirsTitle = new QLabel(tr("<b>In Close now</b>"));
    m_grid->addWidget(yoursTitle, 0, 1);
    m_grid->addWidget(theirsTitle, 0, 3);
    int line = 1;
    for (const QString &field : fields) {
        const QString title = m_model->fieldTitle(field);
        auto *name = new QLabel(title);
        name->setTextFormat(Qt::PlainText);
        auto *yours = new QLabel(shown(m_model->field(row, field)));
        auto *theirs = new QLabel(shown(m_model->theirs(row, field)));
        for (QLabel *value : {yours, theirs}) {
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setTextFormat(Qt::PlainText);
            value->setToolTip(SafeHtml::plainTip(value->text()));
        }
        yours->setAccessibleName(tr("Your %1").arg(title));
        theirs->setAccessibleName(tr("%1 in Close").arg(title));
        auto *keepMine = new QPushButton(tr("Keep mine"));
        auto *takeTheirs = new QPushButton(tr("Take Close's"));
        keepMine->setAccessibleName(tr("Keep my %1").arg(title));
        takeTheirs->setAccessibleName(tr("Take the %1 in Close").arg(title));
        keepMine->setToolTip(tr("Save your %1 over the one in Close.").arg(title));
        takeTheirs->setToolTip(tr("Drop your edit of %1 and keep Close's.").arg(title));
        const QString id = m_model->idAt(row);
        const auto resolve = [this, id, field](bool mine) {
            const int at = m_model->rowOf(id);
            if (at >= 0)
                m_model->resolveConflict(at, field, mine);
        };
        connect(keepMine, &QPushButton::clicked, this, [resolve] { resolve(true); });
        connect(takeTheirs, &QPushButton::clicked, this, [resolve] { resolve(false); });
        m_grid->addWidget(name, line, 0, Qt::AlignTop);
        // Both values from their first line: a long one must not push the other out of sight.
        m_grid->addWidget(yours, line, 1, Qt::AlignTop);
        m_grid->addWidget(keepMine, line, 2, Qt::AlignTop);
        m_grid->addWidget(theirs, line, 3, Qt::AlignTop);
        m_grid->addWidget(takeTheirs, line, 4, Qt::AlignTop);
        ++line;
    }
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);
}
