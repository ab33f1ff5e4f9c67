#pragma once

#include "AccountAnalysis.h"
#include "AnswerHighlight.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Kingside {

// One piece of evidence under an answer, with the people and lines it is about.
struct Evidence
{
    QString text;
    QSet<qint64> personIds;
    QSet<qint64> relationshipIds;
};

// One of the ten questions answered in one sentence, with its evidence.
struct Answer
{
    int id = 0;
    QString question;
    QString answer;
    QList<Evidence> evidence;
    QSet<qint64> personIds;               // everybody the answer is about
    QSet<qint64> relationshipIds;         // every line it is about
    QList<QPair<qint64, qint64>> squares; // (department, level) for whitespace
    AnswerHighlight highlight = AnswerHighlight::Plain;
};

// Words for an AccountAnalysis: the same sentences on screen, in print and on the
// command line.
class AnalysisReport
{
public:
    AnalysisReport(const AnalysisInput &input, const AccountAnalysis &analysis);

    QList<Answer> answers() const;
    Answer answer(int id) const; // 1 … 10

    // Path to a chosen person, for question 6 (an empty target: the King).
    Answer introductionAnswer(const IntroductionPath &path, qint64 targetId) const;

    QString nameOf(qint64 personId) const;
    QString departmentOf(qint64 personId) const;
    QString levelOf(qint64 personId) const;
    QString departmentName(qint64 departmentId) const;
    QString levelName(qint64 levelId) const;
    const Person *person(qint64 personId) const;
    static QString questionText(int id);
    static QString checkReasonText(CheckReason reason);

private:
    Answer king() const;
    Answer queen() const;
    Answer camps() const;
    Answer threads() const;
    Answer cuts() const;
    Answer reach() const;
    Answer influencers() const;
    Answer whitespace() const;
    Answer cooling() const;
    Answer changes() const;
    QString names(const QList<qint64> &ids, int most = 6) const;
    QString lineText(const ContactLine &line) const;

    const AnalysisInput &m_input;
    const AccountAnalysis &m_analysis;
    QHash<qint64, int> m_personIndex;
};

} // namespace Kingside
