//! claimcheck: catch contradictory numeric and temporal claims across news articles.
//!
//! The pipeline, one module per stage: [`load`] → [`scan`] → [`claims`] → [`rules`] →
//! [`check`] → [`report`]. The engine ([`scan`], [`claims`], [`check`]) knows nothing of files
//! or configuration; [`cli`] is a thin layer on top.

pub mod check;
pub mod claims;
pub mod cli;
pub mod config;
pub mod error;
pub mod load;
pub mod report;
pub mod rules;
pub mod scan;

pub use error::{Error, Result};
