// type-graphql reads decorator metadata through this polyfill; load it before any decorated class.
import "reflect-metadata";
