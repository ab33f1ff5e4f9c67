#pragma once

#include "AnalysisInput.h"

#include <QSqlDatabase>

#include <optional>

namespace Kingside {

// SQL that gathers one account's people, lines, board, products, reviews, snapshot and
// plan actions into an AnalysisInput.
class AnalysisStore
{
public:
    explicit AnalysisStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // std::nullopt (and *error set) when the account does not exist or cannot be read.
    std::optional<AnalysisInput> load(qint64 accountId, const QDate &today, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace Kingside
