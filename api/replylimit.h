#pragma once

#include <QtGlobal>

class QNetworkReply;

//! Every answer has a size limit: `reply` is aborted as soon as it announces (Content-Length)
//! or holds more than `maxBytes`, and wasTooLarge() says so once it has finished.
void limitReplySize(QNetworkReply *reply, qint64 maxBytes);
bool wasTooLarge(const QNetworkReply *reply);
