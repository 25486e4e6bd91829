#pragma once

#include <QObject>
#include <QString>

class QWidget;

//! The object named `name` under `root`, found as findChild() finds it: tests reach widgets by
//! their objectName, as a rep reaches them by what they show, not through getters added to the
//! classes under test.
template<typename T = QWidget>
T *named(const QObject *root, const QString &name)
{
    return root ? root->findChild<T *>(name) : nullptr;
}
