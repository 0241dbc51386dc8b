//===-- Summary/SummaryInference.h - Summaries from facts -----*- C++ -*-===//
//
// Reads a function's summary off its facts and solved states: pure, so that
// it is tested from fact lists alone.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_SUMMARY_SUMMARYINFERENCE_H
#define OWNCK_SUMMARY_SUMMARYINFERENCE_H

#include "ownck/Dataflow.h"
#include "ownck/Summary.h"

namespace ownck {

FunctionSummary inferSummary(const FunctionFacts &F, const DataflowResult &R);

} // namespace ownck

#endif // OWNCK_SUMMARY_SUMMARYINFERENCE_H
