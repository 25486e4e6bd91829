#pragma once

#include <QString>

class QWidget;

//! With DRAFTBOX_SCREENSHOTS set to a folder, saves what the widget shows as name.png, to look
//! at (run under Xvfb with QT_QPA_PLATFORM=xcb for real fonts and styles). Otherwise nothing.
void saveScreenshot(QWidget *widget, const QString &name);
