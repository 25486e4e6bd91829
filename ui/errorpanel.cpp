#include "errorpanel.h"

#include "errorlogmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ErrorPanel::ErrorPanel(ErrorLogModel *log, QWidget *parent)
    : QDockWidget(tr("Problems"), parent)
    , m_log(log)
    , m_view(new QTableView(this))
    , m_empty(new QLabel(tr("Nothing went wrong. Failures will be listed here, with what to do."),
                         this))
{
    setObjectName(QStringLiteral("errorPanel"));
    m_view->setModel(log);
    m_view->setAccessibleName(tr("Problems"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ErrorLogModel::WhatColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ErrorLogModel::AdviceColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ErrorLogModel::TimeColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setColumnWidth(ErrorLogModel::OperationColumn, 130);
    m_view->setColumnWidth(ErrorLogModel::ActivityColumn, 150);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *copy = new QPushButton(tr("&Copy"), this);
    auto *clear = new QPushButton(tr("C&lear"), this);
    copy->setToolTip(tr("Copy the selected problem (or all) to paste into a message"));
    connect(copy, &QPushButton::clicked, this, &ErrorPanel::copy);
    connect(clear, &QPushButton::clicked, log, &ErrorLogModel::clear);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(copy);
    buttons->addWidget(clear);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setWidget(content);

    connect(log, &QAbstractItemModel::rowsInserted, this, &ErrorPanel::updateTitle);
    connect(log, &QAbstractItemModel::modelReset, this, &ErrorPanel::updateTitle);
    connect(log, &QAbstractItemModel::rowsInserted, this,
            [this] { m_view->resizeRowsToContents(); });
    updateTitle();
}

void ErrorPanel::copy()
{
    QStringList entries;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_log->rowCount(); ++row)
            entries << m_log->copyText(row);
    } else {
        for (const QModelIndex &index : rows)
            entries << m_log->copyText(index.row());
    }
    QGuiApplication::clipboard()->setText(entries.join(QStringLiteral("\n\n")));
}

void ErrorPanel::updateTitle()
{
    const int count = m_log->rowCount();
    setWindowTitle(count == 0 ? tr("Problems") : tr("Problems (%1)").arg(count));
    m_empty->setVisible(count == 0);
    m_view->setVisible(count > 0);
}
