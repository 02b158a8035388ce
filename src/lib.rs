//! claimcheck: catch contradictory numeric and temporal claims across news articles.
//!
//! The pipeline, one module per stage: [`load`] → [`scan`] → [`claims`] → [`rules`] →
//! [`check`] → [`report`]. The engine ([`scan`], [`claims`], [`check`]) knows nothing of files
//! or configuration; [`cli`] is a thin layer on top.

pub mod scan;
