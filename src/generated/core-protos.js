/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["core"] || ($protobuf.roots["core"] = {});

export const ttrpc = $root.ttrpc = (() => {

    /**
     * Namespace ttrpc.
     * @exports ttrpc
     * @namespace
     */
    const ttrpc = {};

    ttrpc.Request = (function() {

        /**
         * Properties of a Request.
         * @memberof ttrpc
         * @interface IRequest
         * @property {string|null} [service] Request service
         * @property {string|null} [method] Request method
         * @property {Uint8Array|null} [payload] Request payload
         * @property {number|null} [timeoutNano] Request timeoutNano
         * @property {Array.<ttrpc.IKeyValue>|null} [metadata] Request metadata
         */

        /**
         * Constructs a new Request.
         * @memberof ttrpc
         * @classdesc Represents a Request.
         * @implements IRequest
         * @constructor
         * @param {ttrpc.IRequest=} [properties] Properties to set
         */
        function Request(properties) {
            this.metadata = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Request service.
         * @member {string} service
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.service = "";

        /**
         * Request method.
         * @member {string} method
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.method = "";

        /**
         * Request payload.
         * @member {Uint8Array} payload
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.payload = $util.newBuffer([]);

        /**
         * Request timeoutNano.
         * @member {number} timeoutNano
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.timeoutNano = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Request metadata.
         * @member {Array.<ttrpc.IKeyValue>} metadata
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.metadata = $util.emptyArray;

        /**
         * Creates a new Request instance using the specified properties.
         * @function create
         * @memberof ttrpc.Request
         * @static
         * @param {ttrpc.IRequest=} [properties] Properties to set
         * @returns {ttrpc.Request} Request instance
         */
        Request.create = function create(properties) {
            return new Request(properties);
        };

        /**
         * Encodes the specified Request message. Does not implicitly {@link ttrpc.Request.verify|verify} messages.
         * @function encode
         * @memberof ttrpc.Request
         * @static
         * @param {ttrpc.IRequest} message Request message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Request.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.service != null && Object.hasOwnProperty.call(message, "service"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.service);
            if (message.method != null && Object.hasOwnProperty.call(message, "method"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.method);
            if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.payload);
            if (message.timeoutNano != null && Object.hasOwnProperty.call(message, "timeoutNano"))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.timeoutNano);
            if (message.metadata != null && message.metadata.length)
                for (let i = 0; i < message.metadata.length; ++i)
                    $root.ttrpc.KeyValue.encode(message.metadata[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a Request message from the specified reader or buffer.
         * @function decode
         * @memberof ttrpc.Request
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ttrpc.Request} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Request.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ttrpc.Request();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.service = reader.string();
                        break;
                    }
                case 2: {
                        message.method = reader.string();
                        break;
                    }
                case 3: {
                        message.payload = reader.bytes();
                        break;
                    }
                case 4: {
                        message.timeoutNano = reader.int64();
                        break;
                    }
                case 5: {
                        if (!(message.metadata && message.metadata.length))
                            message.metadata = [];
                        message.metadata.push($root.ttrpc.KeyValue.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for Request
         * @function getTypeUrl
         * @memberof ttrpc.Request
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ttrpc.Request";
        };

        return Request;
    })();

    ttrpc.Response = (function() {

        /**
         * Properties of a Response.
         * @memberof ttrpc
         * @interface IResponse
         * @property {google.rpc.IStatus|null} [status] Response status
         * @property {Uint8Array|null} [payload] Response payload
         */

        /**
         * Constructs a new Response.
         * @memberof ttrpc
         * @classdesc Represents a Response.
         * @implements IResponse
         * @constructor
         * @param {ttrpc.IResponse=} [properties] Properties to set
         */
        function Response(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Response status.
         * @member {google.rpc.IStatus|null|undefined} status
         * @memberof ttrpc.Response
         * @instance
         */
        Response.prototype.status = null;

        /**
         * Response payload.
         * @member {Uint8Array} payload
         * @memberof ttrpc.Response
         * @instance
         */
        Response.prototype.payload = $util.newBuffer([]);

        /**
         * Creates a new Response instance using the specified properties.
         * @function create
         * @memberof ttrpc.Response
         * @static
         * @param {ttrpc.IResponse=} [properties] Properties to set
         * @returns {ttrpc.Response} Response instance
         */
        Response.create = function create(properties) {
            return new Response(properties);
        };

        /**
         * Encodes the specified Response message. Does not implicitly {@link ttrpc.Response.verify|verify} messages.
         * @function encode
         * @memberof ttrpc.Response
         * @static
         * @param {ttrpc.IResponse} message Response message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Response.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                $root.google.rpc.Status.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
            return writer;
        };

        /**
         * Decodes a Response message from the specified reader or buffer.
         * @function decode
         * @memberof ttrpc.Response
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ttrpc.Response} Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Response.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ttrpc.Response();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.status = $root.google.rpc.Status.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.payload = reader.bytes();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for Response
         * @function getTypeUrl
         * @memberof ttrpc.Response
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ttrpc.Response";
        };

        return Response;
    })();

    ttrpc.StringList = (function() {

        /**
         * Properties of a StringList.
         * @memberof ttrpc
         * @interface IStringList
         * @property {Array.<string>|null} [list] StringList list
         */

        /**
         * Constructs a new StringList.
         * @memberof ttrpc
         * @classdesc Represents a StringList.
         * @implements IStringList
         * @constructor
         * @param {ttrpc.IStringList=} [properties] Properties to set
         */
        function StringList(properties) {
            this.list = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * StringList list.
         * @member {Array.<string>} list
         * @memberof ttrpc.StringList
         * @instance
         */
        StringList.prototype.list = $util.emptyArray;

        /**
         * Creates a new StringList instance using the specified properties.
         * @function create
         * @memberof ttrpc.StringList
         * @static
         * @param {ttrpc.IStringList=} [properties] Properties to set
         * @returns {ttrpc.StringList} StringList instance
         */
        StringList.create = function create(properties) {
            return new StringList(properties);
        };

        /**
         * Encodes the specified StringList message. Does not implicitly {@link ttrpc.StringList.verify|verify} messages.
         * @function encode
         * @memberof ttrpc.StringList
         * @static
         * @param {ttrpc.IStringList} message StringList message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StringList.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.list != null && message.list.length)
                for (let i = 0; i < message.list.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.list[i]);
            return writer;
        };

        /**
         * Decodes a StringList message from the specified reader or buffer.
         * @function decode
         * @memberof ttrpc.StringList
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ttrpc.StringList} StringList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StringList.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ttrpc.StringList();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.list && message.list.length))
                            message.list = [];
                        message.list.push(reader.string());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for StringList
         * @function getTypeUrl
         * @memberof ttrpc.StringList
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        StringList.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ttrpc.StringList";
        };

        return StringList;
    })();

    ttrpc.KeyValue = (function() {

        /**
         * Properties of a KeyValue.
         * @memberof ttrpc
         * @interface IKeyValue
         * @property {string|null} [key] KeyValue key
         * @property {string|null} [value] KeyValue value
         */

        /**
         * Constructs a new KeyValue.
         * @memberof ttrpc
         * @classdesc Represents a KeyValue.
         * @implements IKeyValue
         * @constructor
         * @param {ttrpc.IKeyValue=} [properties] Properties to set
         */
        function KeyValue(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * KeyValue key.
         * @member {string} key
         * @memberof ttrpc.KeyValue
         * @instance
         */
        KeyValue.prototype.key = "";

        /**
         * KeyValue value.
         * @member {string} value
         * @memberof ttrpc.KeyValue
         * @instance
         */
        KeyValue.prototype.value = "";

        /**
         * Creates a new KeyValue instance using the specified properties.
         * @function create
         * @memberof ttrpc.KeyValue
         * @static
         * @param {ttrpc.IKeyValue=} [properties] Properties to set
         * @returns {ttrpc.KeyValue} KeyValue instance
         */
        KeyValue.create = function create(properties) {
            return new KeyValue(properties);
        };

        /**
         * Encodes the specified KeyValue message. Does not implicitly {@link ttrpc.KeyValue.verify|verify} messages.
         * @function encode
         * @memberof ttrpc.KeyValue
         * @static
         * @param {ttrpc.IKeyValue} message KeyValue message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        KeyValue.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
            if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
            return writer;
        };

        /**
         * Decodes a KeyValue message from the specified reader or buffer.
         * @function decode
         * @memberof ttrpc.KeyValue
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ttrpc.KeyValue} KeyValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        KeyValue.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ttrpc.KeyValue();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.key = reader.string();
                        break;
                    }
                case 2: {
                        message.value = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for KeyValue
         * @function getTypeUrl
         * @memberof ttrpc.KeyValue
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        KeyValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ttrpc.KeyValue";
        };

        return KeyValue;
    })();

    return ttrpc;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Any = (function() {

            /**
             * Properties of an Any.
             * @memberof google.protobuf
             * @interface IAny
             * @property {string|null} [type_url] Any type_url
             * @property {Uint8Array|null} [value] Any value
             */

            /**
             * Constructs a new Any.
             * @memberof google.protobuf
             * @classdesc Represents an Any.
             * @implements IAny
             * @constructor
             * @param {google.protobuf.IAny=} [properties] Properties to set
             */
            function Any(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Any type_url.
             * @member {string} type_url
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.type_url = "";

            /**
             * Any value.
             * @member {Uint8Array} value
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new Any instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.IAny=} [properties] Properties to set
             * @returns {google.protobuf.Any} Any instance
             */
            Any.create = function create(properties) {
                return new Any(properties);
            };

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.IAny} message Any message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Any.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.type_url != null && Object.hasOwnProperty.call(message, "type_url"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_url);
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                return writer;
            };

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Any
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Any} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Any.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Any();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.type_url = reader.string();
                            break;
                        }
                    case 2: {
                            message.value = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Any
             * @function getTypeUrl
             * @memberof google.protobuf.Any
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Any.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.Any";
            };

            return Any;
        })();

        return protobuf;
    })();

    google.rpc = (function() {

        /**
         * Namespace rpc.
         * @memberof google
         * @namespace
         */
        const rpc = {};

        rpc.Status = (function() {

            /**
             * Properties of a Status.
             * @memberof google.rpc
             * @interface IStatus
             * @property {number|null} [code] Status code
             * @property {string|null} [message] Status message
             * @property {Array.<google.protobuf.IAny>|null} [details] Status details
             */

            /**
             * Constructs a new Status.
             * @memberof google.rpc
             * @classdesc Represents a Status.
             * @implements IStatus
             * @constructor
             * @param {google.rpc.IStatus=} [properties] Properties to set
             */
            function Status(properties) {
                this.details = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Status code.
             * @member {number} code
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.code = 0;

            /**
             * Status message.
             * @member {string} message
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.message = "";

            /**
             * Status details.
             * @member {Array.<google.protobuf.IAny>} details
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.details = $util.emptyArray;

            /**
             * Creates a new Status instance using the specified properties.
             * @function create
             * @memberof google.rpc.Status
             * @static
             * @param {google.rpc.IStatus=} [properties] Properties to set
             * @returns {google.rpc.Status} Status instance
             */
            Status.create = function create(properties) {
                return new Status(properties);
            };

            /**
             * Encodes the specified Status message. Does not implicitly {@link google.rpc.Status.verify|verify} messages.
             * @function encode
             * @memberof google.rpc.Status
             * @static
             * @param {google.rpc.IStatus} message Status message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Status.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.details != null && message.details.length)
                    for (let i = 0; i < message.details.length; ++i)
                        $root.google.protobuf.Any.encode(message.details[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @function decode
             * @memberof google.rpc.Status
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.rpc.Status} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Status.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.rpc.Status();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.code = reader.int32();
                            break;
                        }
                    case 2: {
                            message.message = reader.string();
                            break;
                        }
                    case 3: {
                            if (!(message.details && message.details.length))
                                message.details = [];
                            message.details.push($root.google.protobuf.Any.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Status
             * @function getTypeUrl
             * @memberof google.rpc.Status
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Status.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.rpc.Status";
            };

            return Status;
        })();

        return rpc;
    })();

    return google;
})();

export const tandem = $root.tandem = (() => {

    /**
     * Namespace tandem.
     * @exports tandem
     * @namespace
     */
    const tandem = {};

    tandem.agent = (function() {

        /**
         * Namespace agent.
         * @memberof tandem
         * @namespace
         */
        const agent = {};

        agent.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tandem.agent
             * @namespace
             */
            const v1 = {};

            v1.Agent = (function() {

                /**
                 * Constructs a new Agent service.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents an Agent
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                function Agent(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                }

                (Agent.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Agent;

                /**
                 * Creates new Agent service using the specified rpc implementation.
                 * @function create
                 * @memberof tandem.agent.v1.Agent
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Agent} RPC service. Useful where requests and/or responses are streamed.
                 */
                Agent.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#hello}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef HelloCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.HelloResponse} [response] HelloResponse
                 */

                /**
                 * Calls Hello.
                 * @function hello
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IHelloRequest} request HelloRequest message or plain object
                 * @param {tandem.agent.v1.Agent.HelloCallback} callback Node-style callback called with the error, if any, and HelloResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.hello = function hello(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, hello, $root.tandem.agent.v1.HelloRequest, $root.tandem.agent.v1.HelloResponse, request, callback);
                }, "name", { value: "Hello" });

                /**
                 * Calls Hello.
                 * @function hello
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IHelloRequest} request HelloRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.HelloResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#ping}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef PingCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.PingResponse} [response] PingResponse
                 */

                /**
                 * Calls Ping.
                 * @function ping
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IPingRequest} request PingRequest message or plain object
                 * @param {tandem.agent.v1.Agent.PingCallback} callback Node-style callback called with the error, if any, and PingResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.ping = function ping(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, ping, $root.tandem.agent.v1.PingRequest, $root.tandem.agent.v1.PingResponse, request, callback);
                }, "name", { value: "Ping" });

                /**
                 * Calls Ping.
                 * @function ping
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IPingRequest} request PingRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.PingResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#poweroff}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef PoweroffCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.PoweroffResponse} [response] PoweroffResponse
                 */

                /**
                 * Calls Poweroff.
                 * @function poweroff
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IPoweroffRequest} request PoweroffRequest message or plain object
                 * @param {tandem.agent.v1.Agent.PoweroffCallback} callback Node-style callback called with the error, if any, and PoweroffResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.poweroff = function poweroff(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, poweroff, $root.tandem.agent.v1.PoweroffRequest, $root.tandem.agent.v1.PoweroffResponse, request, callback);
                }, "name", { value: "Poweroff" });

                /**
                 * Calls Poweroff.
                 * @function poweroff
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IPoweroffRequest} request PoweroffRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.PoweroffResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#createContainer}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef CreateContainerCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.CreateContainerResponse} [response] CreateContainerResponse
                 */

                /**
                 * Calls CreateContainer.
                 * @function createContainer
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.ICreateContainerRequest} request CreateContainerRequest message or plain object
                 * @param {tandem.agent.v1.Agent.CreateContainerCallback} callback Node-style callback called with the error, if any, and CreateContainerResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.createContainer = function createContainer(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, createContainer, $root.tandem.agent.v1.CreateContainerRequest, $root.tandem.agent.v1.CreateContainerResponse, request, callback);
                }, "name", { value: "CreateContainer" });

                /**
                 * Calls CreateContainer.
                 * @function createContainer
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.ICreateContainerRequest} request CreateContainerRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.CreateContainerResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#start}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef StartCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.StartResponse} [response] StartResponse
                 */

                /**
                 * Calls Start.
                 * @function start
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IStartRequest} request StartRequest message or plain object
                 * @param {tandem.agent.v1.Agent.StartCallback} callback Node-style callback called with the error, if any, and StartResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.start = function start(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, start, $root.tandem.agent.v1.StartRequest, $root.tandem.agent.v1.StartResponse, request, callback);
                }, "name", { value: "Start" });

                /**
                 * Calls Start.
                 * @function start
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IStartRequest} request StartRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.StartResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#exec}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef ExecCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.ExecResponse} [response] ExecResponse
                 */

                /**
                 * Calls Exec.
                 * @function exec
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IExecRequest} request ExecRequest message or plain object
                 * @param {tandem.agent.v1.Agent.ExecCallback} callback Node-style callback called with the error, if any, and ExecResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.exec = function exec(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, exec, $root.tandem.agent.v1.ExecRequest, $root.tandem.agent.v1.ExecResponse, request, callback);
                }, "name", { value: "Exec" });

                /**
                 * Calls Exec.
                 * @function exec
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IExecRequest} request ExecRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.ExecResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#kill}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef KillCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.KillResponse} [response] KillResponse
                 */

                /**
                 * Calls Kill.
                 * @function kill
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IKillRequest} request KillRequest message or plain object
                 * @param {tandem.agent.v1.Agent.KillCallback} callback Node-style callback called with the error, if any, and KillResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.kill = function kill(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, kill, $root.tandem.agent.v1.KillRequest, $root.tandem.agent.v1.KillResponse, request, callback);
                }, "name", { value: "Kill" });

                /**
                 * Calls Kill.
                 * @function kill
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IKillRequest} request KillRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.KillResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#wait}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef WaitCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.WaitResponse} [response] WaitResponse
                 */

                /**
                 * Calls Wait.
                 * @function wait
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IWaitRequest} request WaitRequest message or plain object
                 * @param {tandem.agent.v1.Agent.WaitCallback} callback Node-style callback called with the error, if any, and WaitResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.wait = function wait(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, wait, $root.tandem.agent.v1.WaitRequest, $root.tandem.agent.v1.WaitResponse, request, callback);
                }, "name", { value: "Wait" });

                /**
                 * Calls Wait.
                 * @function wait
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IWaitRequest} request WaitRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.WaitResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#waitOom}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef WaitOomCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.WaitOomResponse} [response] WaitOomResponse
                 */

                /**
                 * Calls WaitOom.
                 * @function waitOom
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IWaitOomRequest} request WaitOomRequest message or plain object
                 * @param {tandem.agent.v1.Agent.WaitOomCallback} callback Node-style callback called with the error, if any, and WaitOomResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.waitOom = function waitOom(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, waitOom, $root.tandem.agent.v1.WaitOomRequest, $root.tandem.agent.v1.WaitOomResponse, request, callback);
                }, "name", { value: "WaitOom" });

                /**
                 * Calls WaitOom.
                 * @function waitOom
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IWaitOomRequest} request WaitOomRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.WaitOomResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#pids}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef PidsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.PidsResponse} [response] PidsResponse
                 */

                /**
                 * Calls Pids.
                 * @function pids
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IPidsRequest} request PidsRequest message or plain object
                 * @param {tandem.agent.v1.Agent.PidsCallback} callback Node-style callback called with the error, if any, and PidsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.pids = function pids(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, pids, $root.tandem.agent.v1.PidsRequest, $root.tandem.agent.v1.PidsResponse, request, callback);
                }, "name", { value: "Pids" });

                /**
                 * Calls Pids.
                 * @function pids
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IPidsRequest} request PidsRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.PidsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#stats}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef StatsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.StatsResponse} [response] StatsResponse
                 */

                /**
                 * Calls Stats.
                 * @function stats
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IStatsRequest} request StatsRequest message or plain object
                 * @param {tandem.agent.v1.Agent.StatsCallback} callback Node-style callback called with the error, if any, and StatsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.stats = function stats(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, stats, $root.tandem.agent.v1.StatsRequest, $root.tandem.agent.v1.StatsResponse, request, callback);
                }, "name", { value: "Stats" });

                /**
                 * Calls Stats.
                 * @function stats
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IStatsRequest} request StatsRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.StatsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#pause}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef PauseCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.PauseResponse} [response] PauseResponse
                 */

                /**
                 * Calls Pause.
                 * @function pause
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IPauseRequest} request PauseRequest message or plain object
                 * @param {tandem.agent.v1.Agent.PauseCallback} callback Node-style callback called with the error, if any, and PauseResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.pause = function pause(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, pause, $root.tandem.agent.v1.PauseRequest, $root.tandem.agent.v1.PauseResponse, request, callback);
                }, "name", { value: "Pause" });

                /**
                 * Calls Pause.
                 * @function pause
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IPauseRequest} request PauseRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.PauseResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#resume}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef ResumeCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.ResumeResponse} [response] ResumeResponse
                 */

                /**
                 * Calls Resume.
                 * @function resume
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IResumeRequest} request ResumeRequest message or plain object
                 * @param {tandem.agent.v1.Agent.ResumeCallback} callback Node-style callback called with the error, if any, and ResumeResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.resume = function resume(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, resume, $root.tandem.agent.v1.ResumeRequest, $root.tandem.agent.v1.ResumeResponse, request, callback);
                }, "name", { value: "Resume" });

                /**
                 * Calls Resume.
                 * @function resume
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IResumeRequest} request ResumeRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.ResumeResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#update}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef UpdateCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.UpdateResponse} [response] UpdateResponse
                 */

                /**
                 * Calls Update.
                 * @function update
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IUpdateRequest} request UpdateRequest message or plain object
                 * @param {tandem.agent.v1.Agent.UpdateCallback} callback Node-style callback called with the error, if any, and UpdateResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.update = function update(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, update, $root.tandem.agent.v1.UpdateRequest, $root.tandem.agent.v1.UpdateResponse, request, callback);
                }, "name", { value: "Update" });

                /**
                 * Calls Update.
                 * @function update
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IUpdateRequest} request UpdateRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.UpdateResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#resizePty}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef ResizePtyCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.ResizePtyResponse} [response] ResizePtyResponse
                 */

                /**
                 * Calls ResizePty.
                 * @function resizePty
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IResizePtyRequest} request ResizePtyRequest message or plain object
                 * @param {tandem.agent.v1.Agent.ResizePtyCallback} callback Node-style callback called with the error, if any, and ResizePtyResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.resizePty = function resizePty(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, resizePty, $root.tandem.agent.v1.ResizePtyRequest, $root.tandem.agent.v1.ResizePtyResponse, request, callback);
                }, "name", { value: "ResizePty" });

                /**
                 * Calls ResizePty.
                 * @function resizePty
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IResizePtyRequest} request ResizePtyRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.ResizePtyResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#closeStdin}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef CloseStdinCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.CloseStdinResponse} [response] CloseStdinResponse
                 */

                /**
                 * Calls CloseStdin.
                 * @function closeStdin
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.ICloseStdinRequest} request CloseStdinRequest message or plain object
                 * @param {tandem.agent.v1.Agent.CloseStdinCallback} callback Node-style callback called with the error, if any, and CloseStdinResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.closeStdin = function closeStdin(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, closeStdin, $root.tandem.agent.v1.CloseStdinRequest, $root.tandem.agent.v1.CloseStdinResponse, request, callback);
                }, "name", { value: "CloseStdin" });

                /**
                 * Calls CloseStdin.
                 * @function closeStdin
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.ICloseStdinRequest} request CloseStdinRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.CloseStdinResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#delete_}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef DeleteCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.DeleteResponse} [response] DeleteResponse
                 */

                /**
                 * Calls Delete.
                 * @function delete
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IDeleteRequest} request DeleteRequest message or plain object
                 * @param {tandem.agent.v1.Agent.DeleteCallback} callback Node-style callback called with the error, if any, and DeleteResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype["delete"] = function delete_(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, delete_, $root.tandem.agent.v1.DeleteRequest, $root.tandem.agent.v1.DeleteResponse, request, callback);
                }, "name", { value: "Delete" });

                /**
                 * Calls Delete.
                 * @function delete
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IDeleteRequest} request DeleteRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.DeleteResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#stdio}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef StdioCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.StdioOutput} [response] StdioOutput
                 */

                /**
                 * Calls Stdio.
                 * @function stdio
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IStdioInput} request StdioInput message or plain object
                 * @param {tandem.agent.v1.Agent.StdioCallback} callback Node-style callback called with the error, if any, and StdioOutput
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.stdio = function stdio(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, stdio, $root.tandem.agent.v1.StdioInput, $root.tandem.agent.v1.StdioOutput, request, callback);
                }, "name", { value: "Stdio" });

                /**
                 * Calls Stdio.
                 * @function stdio
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IStdioInput} request StdioInput message or plain object
                 * @returns {Promise<tandem.agent.v1.StdioOutput>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#dialPort}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef DialPortCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.PortOutput} [response] PortOutput
                 */

                /**
                 * Calls DialPort.
                 * @function dialPort
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IPortInput} request PortInput message or plain object
                 * @param {tandem.agent.v1.Agent.DialPortCallback} callback Node-style callback called with the error, if any, and PortOutput
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.dialPort = function dialPort(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, dialPort, $root.tandem.agent.v1.PortInput, $root.tandem.agent.v1.PortOutput, request, callback);
                }, "name", { value: "DialPort" });

                /**
                 * Calls DialPort.
                 * @function dialPort
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IPortInput} request PortInput message or plain object
                 * @returns {Promise<tandem.agent.v1.PortOutput>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#sockets}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef SocketsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.SocketsOutput} [response] SocketsOutput
                 */

                /**
                 * Calls Sockets.
                 * @function sockets
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.ISocketsInput} request SocketsInput message or plain object
                 * @param {tandem.agent.v1.Agent.SocketsCallback} callback Node-style callback called with the error, if any, and SocketsOutput
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.sockets = function sockets(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, sockets, $root.tandem.agent.v1.SocketsInput, $root.tandem.agent.v1.SocketsOutput, request, callback);
                }, "name", { value: "Sockets" });

                /**
                 * Calls Sockets.
                 * @function sockets
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.ISocketsInput} request SocketsInput message or plain object
                 * @returns {Promise<tandem.agent.v1.SocketsOutput>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#touch}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef TouchCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.TouchResponse} [response] TouchResponse
                 */

                /**
                 * Calls Touch.
                 * @function touch
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.ITouchRequest} request TouchRequest message or plain object
                 * @param {tandem.agent.v1.Agent.TouchCallback} callback Node-style callback called with the error, if any, and TouchResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.touch = function touch(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, touch, $root.tandem.agent.v1.TouchRequest, $root.tandem.agent.v1.TouchResponse, request, callback);
                }, "name", { value: "Touch" });

                /**
                 * Calls Touch.
                 * @function touch
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.ITouchRequest} request TouchRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.TouchResponse>} Promise
                 * @variation 2
                 */

                return Agent;
            })();

            /**
             * Version enum.
             * @name tandem.agent.v1.Version
             * @enum {number}
             * @property {number} VERSION_UNSPECIFIED=0 VERSION_UNSPECIFIED value
             * @property {number} API_VERSION=2 API_VERSION value
             */
            v1.Version = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "VERSION_UNSPECIFIED"] = 0;
                values[valuesById[2] = "API_VERSION"] = 2;
                return values;
            })();

            v1.HelloRequest = (function() {

                /**
                 * Properties of a HelloRequest.
                 * @memberof tandem.agent.v1
                 * @interface IHelloRequest
                 * @property {number|null} [minVersion] HelloRequest minVersion
                 * @property {number|null} [maxVersion] HelloRequest maxVersion
                 * @property {string|null} [host] HelloRequest host
                 * @property {number|null} [clockUnixMs] HelloRequest clockUnixMs
                 * @property {Uint8Array|null} [entropy] HelloRequest entropy
                 */

                /**
                 * Constructs a new HelloRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a HelloRequest.
                 * @implements IHelloRequest
                 * @constructor
                 * @param {tandem.agent.v1.IHelloRequest=} [properties] Properties to set
                 */
                function HelloRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * HelloRequest minVersion.
                 * @member {number} minVersion
                 * @memberof tandem.agent.v1.HelloRequest
                 * @instance
                 */
                HelloRequest.prototype.minVersion = 0;

                /**
                 * HelloRequest maxVersion.
                 * @member {number} maxVersion
                 * @memberof tandem.agent.v1.HelloRequest
                 * @instance
                 */
                HelloRequest.prototype.maxVersion = 0;

                /**
                 * HelloRequest host.
                 * @member {string} host
                 * @memberof tandem.agent.v1.HelloRequest
                 * @instance
                 */
                HelloRequest.prototype.host = "";

                /**
                 * HelloRequest clockUnixMs.
                 * @member {number} clockUnixMs
                 * @memberof tandem.agent.v1.HelloRequest
                 * @instance
                 */
                HelloRequest.prototype.clockUnixMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * HelloRequest entropy.
                 * @member {Uint8Array} entropy
                 * @memberof tandem.agent.v1.HelloRequest
                 * @instance
                 */
                HelloRequest.prototype.entropy = $util.newBuffer([]);

                /**
                 * Creates a new HelloRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.HelloRequest
                 * @static
                 * @param {tandem.agent.v1.IHelloRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.HelloRequest} HelloRequest instance
                 */
                HelloRequest.create = function create(properties) {
                    return new HelloRequest(properties);
                };

                /**
                 * Encodes the specified HelloRequest message. Does not implicitly {@link tandem.agent.v1.HelloRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.HelloRequest
                 * @static
                 * @param {tandem.agent.v1.IHelloRequest} message HelloRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HelloRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.minVersion != null && Object.hasOwnProperty.call(message, "minVersion"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.minVersion);
                    if (message.maxVersion != null && Object.hasOwnProperty.call(message, "maxVersion"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.maxVersion);
                    if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.host);
                    if (message.clockUnixMs != null && Object.hasOwnProperty.call(message, "clockUnixMs"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.clockUnixMs);
                    if (message.entropy != null && Object.hasOwnProperty.call(message, "entropy"))
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.entropy);
                    return writer;
                };

                /**
                 * Decodes a HelloRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.HelloRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.HelloRequest} HelloRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HelloRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.HelloRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.minVersion = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.maxVersion = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.host = reader.string();
                                break;
                            }
                        case 4: {
                                message.clockUnixMs = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.entropy = reader.bytes();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for HelloRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.HelloRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                HelloRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.HelloRequest";
                };

                return HelloRequest;
            })();

            v1.HelloResponse = (function() {

                /**
                 * Properties of a HelloResponse.
                 * @memberof tandem.agent.v1
                 * @interface IHelloResponse
                 * @property {number|null} [version] HelloResponse version
                 * @property {string|null} [agent] HelloResponse agent
                 * @property {string|null} [kernelRelease] HelloResponse kernelRelease
                 * @property {string|null} [arch] HelloResponse arch
                 * @property {string|null} [runtime] HelloResponse runtime
                 */

                /**
                 * Constructs a new HelloResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a HelloResponse.
                 * @implements IHelloResponse
                 * @constructor
                 * @param {tandem.agent.v1.IHelloResponse=} [properties] Properties to set
                 */
                function HelloResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * HelloResponse version.
                 * @member {number} version
                 * @memberof tandem.agent.v1.HelloResponse
                 * @instance
                 */
                HelloResponse.prototype.version = 0;

                /**
                 * HelloResponse agent.
                 * @member {string} agent
                 * @memberof tandem.agent.v1.HelloResponse
                 * @instance
                 */
                HelloResponse.prototype.agent = "";

                /**
                 * HelloResponse kernelRelease.
                 * @member {string} kernelRelease
                 * @memberof tandem.agent.v1.HelloResponse
                 * @instance
                 */
                HelloResponse.prototype.kernelRelease = "";

                /**
                 * HelloResponse arch.
                 * @member {string} arch
                 * @memberof tandem.agent.v1.HelloResponse
                 * @instance
                 */
                HelloResponse.prototype.arch = "";

                /**
                 * HelloResponse runtime.
                 * @member {string} runtime
                 * @memberof tandem.agent.v1.HelloResponse
                 * @instance
                 */
                HelloResponse.prototype.runtime = "";

                /**
                 * Creates a new HelloResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.HelloResponse
                 * @static
                 * @param {tandem.agent.v1.IHelloResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.HelloResponse} HelloResponse instance
                 */
                HelloResponse.create = function create(properties) {
                    return new HelloResponse(properties);
                };

                /**
                 * Encodes the specified HelloResponse message. Does not implicitly {@link tandem.agent.v1.HelloResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.HelloResponse
                 * @static
                 * @param {tandem.agent.v1.IHelloResponse} message HelloResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HelloResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                    if (message.agent != null && Object.hasOwnProperty.call(message, "agent"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.agent);
                    if (message.kernelRelease != null && Object.hasOwnProperty.call(message, "kernelRelease"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.kernelRelease);
                    if (message.arch != null && Object.hasOwnProperty.call(message, "arch"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.arch);
                    if (message.runtime != null && Object.hasOwnProperty.call(message, "runtime"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.runtime);
                    return writer;
                };

                /**
                 * Decodes a HelloResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.HelloResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.HelloResponse} HelloResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HelloResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.HelloResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.version = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.agent = reader.string();
                                break;
                            }
                        case 3: {
                                message.kernelRelease = reader.string();
                                break;
                            }
                        case 4: {
                                message.arch = reader.string();
                                break;
                            }
                        case 5: {
                                message.runtime = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for HelloResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.HelloResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                HelloResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.HelloResponse";
                };

                return HelloResponse;
            })();

            v1.PingRequest = (function() {

                /**
                 * Properties of a PingRequest.
                 * @memberof tandem.agent.v1
                 * @interface IPingRequest
                 */

                /**
                 * Constructs a new PingRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a PingRequest.
                 * @implements IPingRequest
                 * @constructor
                 * @param {tandem.agent.v1.IPingRequest=} [properties] Properties to set
                 */
                function PingRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new PingRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.PingRequest
                 * @static
                 * @param {tandem.agent.v1.IPingRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.PingRequest} PingRequest instance
                 */
                PingRequest.create = function create(properties) {
                    return new PingRequest(properties);
                };

                /**
                 * Encodes the specified PingRequest message. Does not implicitly {@link tandem.agent.v1.PingRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.PingRequest
                 * @static
                 * @param {tandem.agent.v1.IPingRequest} message PingRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PingRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a PingRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.PingRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.PingRequest} PingRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PingRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.PingRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PingRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.PingRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PingRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.PingRequest";
                };

                return PingRequest;
            })();

            v1.PingResponse = (function() {

                /**
                 * Properties of a PingResponse.
                 * @memberof tandem.agent.v1
                 * @interface IPingResponse
                 * @property {number|null} [containers] PingResponse containers
                 */

                /**
                 * Constructs a new PingResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a PingResponse.
                 * @implements IPingResponse
                 * @constructor
                 * @param {tandem.agent.v1.IPingResponse=} [properties] Properties to set
                 */
                function PingResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PingResponse containers.
                 * @member {number} containers
                 * @memberof tandem.agent.v1.PingResponse
                 * @instance
                 */
                PingResponse.prototype.containers = 0;

                /**
                 * Creates a new PingResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.PingResponse
                 * @static
                 * @param {tandem.agent.v1.IPingResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.PingResponse} PingResponse instance
                 */
                PingResponse.create = function create(properties) {
                    return new PingResponse(properties);
                };

                /**
                 * Encodes the specified PingResponse message. Does not implicitly {@link tandem.agent.v1.PingResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.PingResponse
                 * @static
                 * @param {tandem.agent.v1.IPingResponse} message PingResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PingResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containers != null && Object.hasOwnProperty.call(message, "containers"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.containers);
                    return writer;
                };

                /**
                 * Decodes a PingResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.PingResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.PingResponse} PingResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PingResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.PingResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containers = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PingResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.PingResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PingResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.PingResponse";
                };

                return PingResponse;
            })();

            v1.PoweroffRequest = (function() {

                /**
                 * Properties of a PoweroffRequest.
                 * @memberof tandem.agent.v1
                 * @interface IPoweroffRequest
                 */

                /**
                 * Constructs a new PoweroffRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a PoweroffRequest.
                 * @implements IPoweroffRequest
                 * @constructor
                 * @param {tandem.agent.v1.IPoweroffRequest=} [properties] Properties to set
                 */
                function PoweroffRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new PoweroffRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.PoweroffRequest
                 * @static
                 * @param {tandem.agent.v1.IPoweroffRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.PoweroffRequest} PoweroffRequest instance
                 */
                PoweroffRequest.create = function create(properties) {
                    return new PoweroffRequest(properties);
                };

                /**
                 * Encodes the specified PoweroffRequest message. Does not implicitly {@link tandem.agent.v1.PoweroffRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.PoweroffRequest
                 * @static
                 * @param {tandem.agent.v1.IPoweroffRequest} message PoweroffRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PoweroffRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a PoweroffRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.PoweroffRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.PoweroffRequest} PoweroffRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PoweroffRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.PoweroffRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PoweroffRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.PoweroffRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PoweroffRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.PoweroffRequest";
                };

                return PoweroffRequest;
            })();

            v1.PoweroffResponse = (function() {

                /**
                 * Properties of a PoweroffResponse.
                 * @memberof tandem.agent.v1
                 * @interface IPoweroffResponse
                 */

                /**
                 * Constructs a new PoweroffResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a PoweroffResponse.
                 * @implements IPoweroffResponse
                 * @constructor
                 * @param {tandem.agent.v1.IPoweroffResponse=} [properties] Properties to set
                 */
                function PoweroffResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new PoweroffResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.PoweroffResponse
                 * @static
                 * @param {tandem.agent.v1.IPoweroffResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.PoweroffResponse} PoweroffResponse instance
                 */
                PoweroffResponse.create = function create(properties) {
                    return new PoweroffResponse(properties);
                };

                /**
                 * Encodes the specified PoweroffResponse message. Does not implicitly {@link tandem.agent.v1.PoweroffResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.PoweroffResponse
                 * @static
                 * @param {tandem.agent.v1.IPoweroffResponse} message PoweroffResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PoweroffResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a PoweroffResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.PoweroffResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.PoweroffResponse} PoweroffResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PoweroffResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.PoweroffResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PoweroffResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.PoweroffResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PoweroffResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.PoweroffResponse";
                };

                return PoweroffResponse;
            })();

            v1.CreateContainerRequest = (function() {

                /**
                 * Properties of a CreateContainerRequest.
                 * @memberof tandem.agent.v1
                 * @interface ICreateContainerRequest
                 * @property {string|null} [containerId] CreateContainerRequest containerId
                 * @property {Uint8Array|null} [specJson] CreateContainerRequest specJson
                 * @property {string|null} [rootfs] CreateContainerRequest rootfs
                 * @property {boolean|null} [stdin] CreateContainerRequest stdin
                 * @property {boolean|null} [stdout] CreateContainerRequest stdout
                 * @property {boolean|null} [stderr] CreateContainerRequest stderr
                 * @property {boolean|null} [terminal] CreateContainerRequest terminal
                 * @property {boolean|null} [outputPorts] CreateContainerRequest outputPorts
                 * @property {Array.<tandem.agent.v1.ISocketForward>|null} [sockets] CreateContainerRequest sockets
                 * @property {boolean|null} [inputPorts] CreateContainerRequest inputPorts
                 */

                /**
                 * Constructs a new CreateContainerRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a CreateContainerRequest.
                 * @implements ICreateContainerRequest
                 * @constructor
                 * @param {tandem.agent.v1.ICreateContainerRequest=} [properties] Properties to set
                 */
                function CreateContainerRequest(properties) {
                    this.sockets = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * CreateContainerRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @instance
                 */
                CreateContainerRequest.prototype.containerId = "";

                /**
                 * CreateContainerRequest specJson.
                 * @member {Uint8Array} specJson
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @instance
                 */
                CreateContainerRequest.prototype.specJson = $util.newBuffer([]);

                /**
                 * CreateContainerRequest rootfs.
                 * @member {string} rootfs
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @instance
                 */
                CreateContainerRequest.prototype.rootfs = "";

                /**
                 * CreateContainerRequest stdin.
                 * @member {boolean} stdin
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @instance
                 */
                CreateContainerRequest.prototype.stdin = false;

                /**
                 * CreateContainerRequest stdout.
                 * @member {boolean} stdout
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @instance
                 */
                CreateContainerRequest.prototype.stdout = false;

                /**
                 * CreateContainerRequest stderr.
                 * @member {boolean} stderr
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @instance
                 */
                CreateContainerRequest.prototype.stderr = false;

                /**
                 * CreateContainerRequest terminal.
                 * @member {boolean} terminal
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @instance
                 */
                CreateContainerRequest.prototype.terminal = false;

                /**
                 * CreateContainerRequest outputPorts.
                 * @member {boolean} outputPorts
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @instance
                 */
                CreateContainerRequest.prototype.outputPorts = false;

                /**
                 * CreateContainerRequest sockets.
                 * @member {Array.<tandem.agent.v1.ISocketForward>} sockets
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @instance
                 */
                CreateContainerRequest.prototype.sockets = $util.emptyArray;

                /**
                 * CreateContainerRequest inputPorts.
                 * @member {boolean} inputPorts
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @instance
                 */
                CreateContainerRequest.prototype.inputPorts = false;

                /**
                 * Creates a new CreateContainerRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @static
                 * @param {tandem.agent.v1.ICreateContainerRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.CreateContainerRequest} CreateContainerRequest instance
                 */
                CreateContainerRequest.create = function create(properties) {
                    return new CreateContainerRequest(properties);
                };

                /**
                 * Encodes the specified CreateContainerRequest message. Does not implicitly {@link tandem.agent.v1.CreateContainerRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @static
                 * @param {tandem.agent.v1.ICreateContainerRequest} message CreateContainerRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateContainerRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.specJson != null && Object.hasOwnProperty.call(message, "specJson"))
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.specJson);
                    if (message.rootfs != null && Object.hasOwnProperty.call(message, "rootfs"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.rootfs);
                    if (message.stdin != null && Object.hasOwnProperty.call(message, "stdin"))
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.stdin);
                    if (message.stdout != null && Object.hasOwnProperty.call(message, "stdout"))
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.stdout);
                    if (message.stderr != null && Object.hasOwnProperty.call(message, "stderr"))
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.stderr);
                    if (message.terminal != null && Object.hasOwnProperty.call(message, "terminal"))
                        writer.uint32(/* id 7, wireType 0 =*/56).bool(message.terminal);
                    if (message.outputPorts != null && Object.hasOwnProperty.call(message, "outputPorts"))
                        writer.uint32(/* id 8, wireType 0 =*/64).bool(message.outputPorts);
                    if (message.sockets != null && message.sockets.length)
                        for (let i = 0; i < message.sockets.length; ++i)
                            $root.tandem.agent.v1.SocketForward.encode(message.sockets[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                    if (message.inputPorts != null && Object.hasOwnProperty.call(message, "inputPorts"))
                        writer.uint32(/* id 10, wireType 0 =*/80).bool(message.inputPorts);
                    return writer;
                };

                /**
                 * Decodes a CreateContainerRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.CreateContainerRequest} CreateContainerRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateContainerRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.CreateContainerRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.specJson = reader.bytes();
                                break;
                            }
                        case 3: {
                                message.rootfs = reader.string();
                                break;
                            }
                        case 4: {
                                message.stdin = reader.bool();
                                break;
                            }
                        case 5: {
                                message.stdout = reader.bool();
                                break;
                            }
                        case 6: {
                                message.stderr = reader.bool();
                                break;
                            }
                        case 7: {
                                message.terminal = reader.bool();
                                break;
                            }
                        case 8: {
                                message.outputPorts = reader.bool();
                                break;
                            }
                        case 9: {
                                if (!(message.sockets && message.sockets.length))
                                    message.sockets = [];
                                message.sockets.push($root.tandem.agent.v1.SocketForward.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 10: {
                                message.inputPorts = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for CreateContainerRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                CreateContainerRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.CreateContainerRequest";
                };

                return CreateContainerRequest;
            })();

            v1.SocketForward = (function() {

                /**
                 * Properties of a SocketForward.
                 * @memberof tandem.agent.v1
                 * @interface ISocketForward
                 * @property {string|null} [path] SocketForward path
                 * @property {number|null} [mode] SocketForward mode
                 * @property {number|null} [uid] SocketForward uid
                 * @property {number|null} [gid] SocketForward gid
                 */

                /**
                 * Constructs a new SocketForward.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a SocketForward.
                 * @implements ISocketForward
                 * @constructor
                 * @param {tandem.agent.v1.ISocketForward=} [properties] Properties to set
                 */
                function SocketForward(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * SocketForward path.
                 * @member {string} path
                 * @memberof tandem.agent.v1.SocketForward
                 * @instance
                 */
                SocketForward.prototype.path = "";

                /**
                 * SocketForward mode.
                 * @member {number} mode
                 * @memberof tandem.agent.v1.SocketForward
                 * @instance
                 */
                SocketForward.prototype.mode = 0;

                /**
                 * SocketForward uid.
                 * @member {number} uid
                 * @memberof tandem.agent.v1.SocketForward
                 * @instance
                 */
                SocketForward.prototype.uid = 0;

                /**
                 * SocketForward gid.
                 * @member {number} gid
                 * @memberof tandem.agent.v1.SocketForward
                 * @instance
                 */
                SocketForward.prototype.gid = 0;

                /**
                 * Creates a new SocketForward instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.SocketForward
                 * @static
                 * @param {tandem.agent.v1.ISocketForward=} [properties] Properties to set
                 * @returns {tandem.agent.v1.SocketForward} SocketForward instance
                 */
                SocketForward.create = function create(properties) {
                    return new SocketForward(properties);
                };

                /**
                 * Encodes the specified SocketForward message. Does not implicitly {@link tandem.agent.v1.SocketForward.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.SocketForward
                 * @static
                 * @param {tandem.agent.v1.ISocketForward} message SocketForward message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SocketForward.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                    if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.mode);
                    if (message.uid != null && Object.hasOwnProperty.call(message, "uid"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.uid);
                    if (message.gid != null && Object.hasOwnProperty.call(message, "gid"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.gid);
                    return writer;
                };

                /**
                 * Decodes a SocketForward message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.SocketForward
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.SocketForward} SocketForward
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SocketForward.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.SocketForward();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.path = reader.string();
                                break;
                            }
                        case 2: {
                                message.mode = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.uid = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.gid = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for SocketForward
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.SocketForward
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                SocketForward.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.SocketForward";
                };

                return SocketForward;
            })();

            v1.CreateContainerResponse = (function() {

                /**
                 * Properties of a CreateContainerResponse.
                 * @memberof tandem.agent.v1
                 * @interface ICreateContainerResponse
                 * @property {number|null} [pid] CreateContainerResponse pid
                 * @property {string|null} [stdoutPort] CreateContainerResponse stdoutPort
                 * @property {string|null} [stdinPort] CreateContainerResponse stdinPort
                 */

                /**
                 * Constructs a new CreateContainerResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a CreateContainerResponse.
                 * @implements ICreateContainerResponse
                 * @constructor
                 * @param {tandem.agent.v1.ICreateContainerResponse=} [properties] Properties to set
                 */
                function CreateContainerResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * CreateContainerResponse pid.
                 * @member {number} pid
                 * @memberof tandem.agent.v1.CreateContainerResponse
                 * @instance
                 */
                CreateContainerResponse.prototype.pid = 0;

                /**
                 * CreateContainerResponse stdoutPort.
                 * @member {string} stdoutPort
                 * @memberof tandem.agent.v1.CreateContainerResponse
                 * @instance
                 */
                CreateContainerResponse.prototype.stdoutPort = "";

                /**
                 * CreateContainerResponse stdinPort.
                 * @member {string} stdinPort
                 * @memberof tandem.agent.v1.CreateContainerResponse
                 * @instance
                 */
                CreateContainerResponse.prototype.stdinPort = "";

                /**
                 * Creates a new CreateContainerResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.CreateContainerResponse
                 * @static
                 * @param {tandem.agent.v1.ICreateContainerResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.CreateContainerResponse} CreateContainerResponse instance
                 */
                CreateContainerResponse.create = function create(properties) {
                    return new CreateContainerResponse(properties);
                };

                /**
                 * Encodes the specified CreateContainerResponse message. Does not implicitly {@link tandem.agent.v1.CreateContainerResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.CreateContainerResponse
                 * @static
                 * @param {tandem.agent.v1.ICreateContainerResponse} message CreateContainerResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateContainerResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                    if (message.stdoutPort != null && Object.hasOwnProperty.call(message, "stdoutPort"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.stdoutPort);
                    if (message.stdinPort != null && Object.hasOwnProperty.call(message, "stdinPort"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.stdinPort);
                    return writer;
                };

                /**
                 * Decodes a CreateContainerResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.CreateContainerResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.CreateContainerResponse} CreateContainerResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateContainerResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.CreateContainerResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.pid = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.stdoutPort = reader.string();
                                break;
                            }
                        case 3: {
                                message.stdinPort = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for CreateContainerResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.CreateContainerResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                CreateContainerResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.CreateContainerResponse";
                };

                return CreateContainerResponse;
            })();

            v1.StartRequest = (function() {

                /**
                 * Properties of a StartRequest.
                 * @memberof tandem.agent.v1
                 * @interface IStartRequest
                 * @property {string|null} [containerId] StartRequest containerId
                 * @property {string|null} [execId] StartRequest execId
                 */

                /**
                 * Constructs a new StartRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a StartRequest.
                 * @implements IStartRequest
                 * @constructor
                 * @param {tandem.agent.v1.IStartRequest=} [properties] Properties to set
                 */
                function StartRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * StartRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.StartRequest
                 * @instance
                 */
                StartRequest.prototype.containerId = "";

                /**
                 * StartRequest execId.
                 * @member {string} execId
                 * @memberof tandem.agent.v1.StartRequest
                 * @instance
                 */
                StartRequest.prototype.execId = "";

                /**
                 * Creates a new StartRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.StartRequest
                 * @static
                 * @param {tandem.agent.v1.IStartRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.StartRequest} StartRequest instance
                 */
                StartRequest.create = function create(properties) {
                    return new StartRequest(properties);
                };

                /**
                 * Encodes the specified StartRequest message. Does not implicitly {@link tandem.agent.v1.StartRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.StartRequest
                 * @static
                 * @param {tandem.agent.v1.IStartRequest} message StartRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StartRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    return writer;
                };

                /**
                 * Decodes a StartRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.StartRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.StartRequest} StartRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StartRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.StartRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for StartRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.StartRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                StartRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.StartRequest";
                };

                return StartRequest;
            })();

            v1.StartResponse = (function() {

                /**
                 * Properties of a StartResponse.
                 * @memberof tandem.agent.v1
                 * @interface IStartResponse
                 * @property {number|null} [pid] StartResponse pid
                 */

                /**
                 * Constructs a new StartResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a StartResponse.
                 * @implements IStartResponse
                 * @constructor
                 * @param {tandem.agent.v1.IStartResponse=} [properties] Properties to set
                 */
                function StartResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * StartResponse pid.
                 * @member {number} pid
                 * @memberof tandem.agent.v1.StartResponse
                 * @instance
                 */
                StartResponse.prototype.pid = 0;

                /**
                 * Creates a new StartResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.StartResponse
                 * @static
                 * @param {tandem.agent.v1.IStartResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.StartResponse} StartResponse instance
                 */
                StartResponse.create = function create(properties) {
                    return new StartResponse(properties);
                };

                /**
                 * Encodes the specified StartResponse message. Does not implicitly {@link tandem.agent.v1.StartResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.StartResponse
                 * @static
                 * @param {tandem.agent.v1.IStartResponse} message StartResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StartResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                    return writer;
                };

                /**
                 * Decodes a StartResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.StartResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.StartResponse} StartResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StartResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.StartResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.pid = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for StartResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.StartResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                StartResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.StartResponse";
                };

                return StartResponse;
            })();

            v1.ExecRequest = (function() {

                /**
                 * Properties of an ExecRequest.
                 * @memberof tandem.agent.v1
                 * @interface IExecRequest
                 * @property {string|null} [containerId] ExecRequest containerId
                 * @property {string|null} [execId] ExecRequest execId
                 * @property {Uint8Array|null} [processJson] ExecRequest processJson
                 * @property {boolean|null} [stdin] ExecRequest stdin
                 * @property {boolean|null} [stdout] ExecRequest stdout
                 * @property {boolean|null} [stderr] ExecRequest stderr
                 * @property {boolean|null} [terminal] ExecRequest terminal
                 * @property {boolean|null} [outputPorts] ExecRequest outputPorts
                 * @property {boolean|null} [inputPorts] ExecRequest inputPorts
                 */

                /**
                 * Constructs a new ExecRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents an ExecRequest.
                 * @implements IExecRequest
                 * @constructor
                 * @param {tandem.agent.v1.IExecRequest=} [properties] Properties to set
                 */
                function ExecRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ExecRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.ExecRequest
                 * @instance
                 */
                ExecRequest.prototype.containerId = "";

                /**
                 * ExecRequest execId.
                 * @member {string} execId
                 * @memberof tandem.agent.v1.ExecRequest
                 * @instance
                 */
                ExecRequest.prototype.execId = "";

                /**
                 * ExecRequest processJson.
                 * @member {Uint8Array} processJson
                 * @memberof tandem.agent.v1.ExecRequest
                 * @instance
                 */
                ExecRequest.prototype.processJson = $util.newBuffer([]);

                /**
                 * ExecRequest stdin.
                 * @member {boolean} stdin
                 * @memberof tandem.agent.v1.ExecRequest
                 * @instance
                 */
                ExecRequest.prototype.stdin = false;

                /**
                 * ExecRequest stdout.
                 * @member {boolean} stdout
                 * @memberof tandem.agent.v1.ExecRequest
                 * @instance
                 */
                ExecRequest.prototype.stdout = false;

                /**
                 * ExecRequest stderr.
                 * @member {boolean} stderr
                 * @memberof tandem.agent.v1.ExecRequest
                 * @instance
                 */
                ExecRequest.prototype.stderr = false;

                /**
                 * ExecRequest terminal.
                 * @member {boolean} terminal
                 * @memberof tandem.agent.v1.ExecRequest
                 * @instance
                 */
                ExecRequest.prototype.terminal = false;

                /**
                 * ExecRequest outputPorts.
                 * @member {boolean} outputPorts
                 * @memberof tandem.agent.v1.ExecRequest
                 * @instance
                 */
                ExecRequest.prototype.outputPorts = false;

                /**
                 * ExecRequest inputPorts.
                 * @member {boolean} inputPorts
                 * @memberof tandem.agent.v1.ExecRequest
                 * @instance
                 */
                ExecRequest.prototype.inputPorts = false;

                /**
                 * Creates a new ExecRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.ExecRequest
                 * @static
                 * @param {tandem.agent.v1.IExecRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.ExecRequest} ExecRequest instance
                 */
                ExecRequest.create = function create(properties) {
                    return new ExecRequest(properties);
                };

                /**
                 * Encodes the specified ExecRequest message. Does not implicitly {@link tandem.agent.v1.ExecRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.ExecRequest
                 * @static
                 * @param {tandem.agent.v1.IExecRequest} message ExecRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExecRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.processJson != null && Object.hasOwnProperty.call(message, "processJson"))
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.processJson);
                    if (message.stdin != null && Object.hasOwnProperty.call(message, "stdin"))
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.stdin);
                    if (message.stdout != null && Object.hasOwnProperty.call(message, "stdout"))
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.stdout);
                    if (message.stderr != null && Object.hasOwnProperty.call(message, "stderr"))
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.stderr);
                    if (message.terminal != null && Object.hasOwnProperty.call(message, "terminal"))
                        writer.uint32(/* id 7, wireType 0 =*/56).bool(message.terminal);
                    if (message.outputPorts != null && Object.hasOwnProperty.call(message, "outputPorts"))
                        writer.uint32(/* id 8, wireType 0 =*/64).bool(message.outputPorts);
                    if (message.inputPorts != null && Object.hasOwnProperty.call(message, "inputPorts"))
                        writer.uint32(/* id 9, wireType 0 =*/72).bool(message.inputPorts);
                    return writer;
                };

                /**
                 * Decodes an ExecRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.ExecRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.ExecRequest} ExecRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExecRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.ExecRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        case 3: {
                                message.processJson = reader.bytes();
                                break;
                            }
                        case 4: {
                                message.stdin = reader.bool();
                                break;
                            }
                        case 5: {
                                message.stdout = reader.bool();
                                break;
                            }
                        case 6: {
                                message.stderr = reader.bool();
                                break;
                            }
                        case 7: {
                                message.terminal = reader.bool();
                                break;
                            }
                        case 8: {
                                message.outputPorts = reader.bool();
                                break;
                            }
                        case 9: {
                                message.inputPorts = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ExecRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.ExecRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ExecRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.ExecRequest";
                };

                return ExecRequest;
            })();

            v1.ExecResponse = (function() {

                /**
                 * Properties of an ExecResponse.
                 * @memberof tandem.agent.v1
                 * @interface IExecResponse
                 * @property {string|null} [stdoutPort] ExecResponse stdoutPort
                 * @property {string|null} [stdinPort] ExecResponse stdinPort
                 */

                /**
                 * Constructs a new ExecResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents an ExecResponse.
                 * @implements IExecResponse
                 * @constructor
                 * @param {tandem.agent.v1.IExecResponse=} [properties] Properties to set
                 */
                function ExecResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ExecResponse stdoutPort.
                 * @member {string} stdoutPort
                 * @memberof tandem.agent.v1.ExecResponse
                 * @instance
                 */
                ExecResponse.prototype.stdoutPort = "";

                /**
                 * ExecResponse stdinPort.
                 * @member {string} stdinPort
                 * @memberof tandem.agent.v1.ExecResponse
                 * @instance
                 */
                ExecResponse.prototype.stdinPort = "";

                /**
                 * Creates a new ExecResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.ExecResponse
                 * @static
                 * @param {tandem.agent.v1.IExecResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.ExecResponse} ExecResponse instance
                 */
                ExecResponse.create = function create(properties) {
                    return new ExecResponse(properties);
                };

                /**
                 * Encodes the specified ExecResponse message. Does not implicitly {@link tandem.agent.v1.ExecResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.ExecResponse
                 * @static
                 * @param {tandem.agent.v1.IExecResponse} message ExecResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExecResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.stdoutPort != null && Object.hasOwnProperty.call(message, "stdoutPort"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.stdoutPort);
                    if (message.stdinPort != null && Object.hasOwnProperty.call(message, "stdinPort"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.stdinPort);
                    return writer;
                };

                /**
                 * Decodes an ExecResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.ExecResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.ExecResponse} ExecResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExecResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.ExecResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.stdoutPort = reader.string();
                                break;
                            }
                        case 2: {
                                message.stdinPort = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ExecResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.ExecResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ExecResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.ExecResponse";
                };

                return ExecResponse;
            })();

            v1.KillRequest = (function() {

                /**
                 * Properties of a KillRequest.
                 * @memberof tandem.agent.v1
                 * @interface IKillRequest
                 * @property {string|null} [containerId] KillRequest containerId
                 * @property {string|null} [execId] KillRequest execId
                 * @property {number|null} [signal] KillRequest signal
                 * @property {boolean|null} [all] KillRequest all
                 */

                /**
                 * Constructs a new KillRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a KillRequest.
                 * @implements IKillRequest
                 * @constructor
                 * @param {tandem.agent.v1.IKillRequest=} [properties] Properties to set
                 */
                function KillRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * KillRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.KillRequest
                 * @instance
                 */
                KillRequest.prototype.containerId = "";

                /**
                 * KillRequest execId.
                 * @member {string} execId
                 * @memberof tandem.agent.v1.KillRequest
                 * @instance
                 */
                KillRequest.prototype.execId = "";

                /**
                 * KillRequest signal.
                 * @member {number} signal
                 * @memberof tandem.agent.v1.KillRequest
                 * @instance
                 */
                KillRequest.prototype.signal = 0;

                /**
                 * KillRequest all.
                 * @member {boolean} all
                 * @memberof tandem.agent.v1.KillRequest
                 * @instance
                 */
                KillRequest.prototype.all = false;

                /**
                 * Creates a new KillRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.KillRequest
                 * @static
                 * @param {tandem.agent.v1.IKillRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.KillRequest} KillRequest instance
                 */
                KillRequest.create = function create(properties) {
                    return new KillRequest(properties);
                };

                /**
                 * Encodes the specified KillRequest message. Does not implicitly {@link tandem.agent.v1.KillRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.KillRequest
                 * @static
                 * @param {tandem.agent.v1.IKillRequest} message KillRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KillRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.signal != null && Object.hasOwnProperty.call(message, "signal"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.signal);
                    if (message.all != null && Object.hasOwnProperty.call(message, "all"))
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.all);
                    return writer;
                };

                /**
                 * Decodes a KillRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.KillRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.KillRequest} KillRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KillRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.KillRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        case 3: {
                                message.signal = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.all = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for KillRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.KillRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                KillRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.KillRequest";
                };

                return KillRequest;
            })();

            v1.KillResponse = (function() {

                /**
                 * Properties of a KillResponse.
                 * @memberof tandem.agent.v1
                 * @interface IKillResponse
                 */

                /**
                 * Constructs a new KillResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a KillResponse.
                 * @implements IKillResponse
                 * @constructor
                 * @param {tandem.agent.v1.IKillResponse=} [properties] Properties to set
                 */
                function KillResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new KillResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.KillResponse
                 * @static
                 * @param {tandem.agent.v1.IKillResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.KillResponse} KillResponse instance
                 */
                KillResponse.create = function create(properties) {
                    return new KillResponse(properties);
                };

                /**
                 * Encodes the specified KillResponse message. Does not implicitly {@link tandem.agent.v1.KillResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.KillResponse
                 * @static
                 * @param {tandem.agent.v1.IKillResponse} message KillResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KillResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a KillResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.KillResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.KillResponse} KillResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KillResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.KillResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for KillResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.KillResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                KillResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.KillResponse";
                };

                return KillResponse;
            })();

            v1.WaitRequest = (function() {

                /**
                 * Properties of a WaitRequest.
                 * @memberof tandem.agent.v1
                 * @interface IWaitRequest
                 * @property {string|null} [containerId] WaitRequest containerId
                 * @property {string|null} [execId] WaitRequest execId
                 */

                /**
                 * Constructs a new WaitRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a WaitRequest.
                 * @implements IWaitRequest
                 * @constructor
                 * @param {tandem.agent.v1.IWaitRequest=} [properties] Properties to set
                 */
                function WaitRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * WaitRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.WaitRequest
                 * @instance
                 */
                WaitRequest.prototype.containerId = "";

                /**
                 * WaitRequest execId.
                 * @member {string} execId
                 * @memberof tandem.agent.v1.WaitRequest
                 * @instance
                 */
                WaitRequest.prototype.execId = "";

                /**
                 * Creates a new WaitRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.WaitRequest
                 * @static
                 * @param {tandem.agent.v1.IWaitRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.WaitRequest} WaitRequest instance
                 */
                WaitRequest.create = function create(properties) {
                    return new WaitRequest(properties);
                };

                /**
                 * Encodes the specified WaitRequest message. Does not implicitly {@link tandem.agent.v1.WaitRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.WaitRequest
                 * @static
                 * @param {tandem.agent.v1.IWaitRequest} message WaitRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WaitRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    return writer;
                };

                /**
                 * Decodes a WaitRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.WaitRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.WaitRequest} WaitRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WaitRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.WaitRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for WaitRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.WaitRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                WaitRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.WaitRequest";
                };

                return WaitRequest;
            })();

            v1.WaitResponse = (function() {

                /**
                 * Properties of a WaitResponse.
                 * @memberof tandem.agent.v1
                 * @interface IWaitResponse
                 * @property {number|null} [exitStatus] WaitResponse exitStatus
                 * @property {number|null} [exitedAtMs] WaitResponse exitedAtMs
                 * @property {boolean|null} [oomKilled] WaitResponse oomKilled
                 * @property {number|null} [oomKills] WaitResponse oomKills
                 */

                /**
                 * Constructs a new WaitResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a WaitResponse.
                 * @implements IWaitResponse
                 * @constructor
                 * @param {tandem.agent.v1.IWaitResponse=} [properties] Properties to set
                 */
                function WaitResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * WaitResponse exitStatus.
                 * @member {number} exitStatus
                 * @memberof tandem.agent.v1.WaitResponse
                 * @instance
                 */
                WaitResponse.prototype.exitStatus = 0;

                /**
                 * WaitResponse exitedAtMs.
                 * @member {number} exitedAtMs
                 * @memberof tandem.agent.v1.WaitResponse
                 * @instance
                 */
                WaitResponse.prototype.exitedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * WaitResponse oomKilled.
                 * @member {boolean} oomKilled
                 * @memberof tandem.agent.v1.WaitResponse
                 * @instance
                 */
                WaitResponse.prototype.oomKilled = false;

                /**
                 * WaitResponse oomKills.
                 * @member {number} oomKills
                 * @memberof tandem.agent.v1.WaitResponse
                 * @instance
                 */
                WaitResponse.prototype.oomKills = 0;

                /**
                 * Creates a new WaitResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.WaitResponse
                 * @static
                 * @param {tandem.agent.v1.IWaitResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.WaitResponse} WaitResponse instance
                 */
                WaitResponse.create = function create(properties) {
                    return new WaitResponse(properties);
                };

                /**
                 * Encodes the specified WaitResponse message. Does not implicitly {@link tandem.agent.v1.WaitResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.WaitResponse
                 * @static
                 * @param {tandem.agent.v1.IWaitResponse} message WaitResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WaitResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.exitStatus != null && Object.hasOwnProperty.call(message, "exitStatus"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.exitStatus);
                    if (message.exitedAtMs != null && Object.hasOwnProperty.call(message, "exitedAtMs"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.exitedAtMs);
                    if (message.oomKilled != null && Object.hasOwnProperty.call(message, "oomKilled"))
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.oomKilled);
                    if (message.oomKills != null && Object.hasOwnProperty.call(message, "oomKills"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.oomKills);
                    return writer;
                };

                /**
                 * Decodes a WaitResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.WaitResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.WaitResponse} WaitResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WaitResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.WaitResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.exitStatus = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.exitedAtMs = reader.int64();
                                break;
                            }
                        case 3: {
                                message.oomKilled = reader.bool();
                                break;
                            }
                        case 4: {
                                message.oomKills = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for WaitResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.WaitResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                WaitResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.WaitResponse";
                };

                return WaitResponse;
            })();

            v1.WaitOomRequest = (function() {

                /**
                 * Properties of a WaitOomRequest.
                 * @memberof tandem.agent.v1
                 * @interface IWaitOomRequest
                 * @property {string|null} [containerId] WaitOomRequest containerId
                 * @property {number|null} [seen] WaitOomRequest seen
                 */

                /**
                 * Constructs a new WaitOomRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a WaitOomRequest.
                 * @implements IWaitOomRequest
                 * @constructor
                 * @param {tandem.agent.v1.IWaitOomRequest=} [properties] Properties to set
                 */
                function WaitOomRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * WaitOomRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.WaitOomRequest
                 * @instance
                 */
                WaitOomRequest.prototype.containerId = "";

                /**
                 * WaitOomRequest seen.
                 * @member {number} seen
                 * @memberof tandem.agent.v1.WaitOomRequest
                 * @instance
                 */
                WaitOomRequest.prototype.seen = 0;

                /**
                 * Creates a new WaitOomRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.WaitOomRequest
                 * @static
                 * @param {tandem.agent.v1.IWaitOomRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.WaitOomRequest} WaitOomRequest instance
                 */
                WaitOomRequest.create = function create(properties) {
                    return new WaitOomRequest(properties);
                };

                /**
                 * Encodes the specified WaitOomRequest message. Does not implicitly {@link tandem.agent.v1.WaitOomRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.WaitOomRequest
                 * @static
                 * @param {tandem.agent.v1.IWaitOomRequest} message WaitOomRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WaitOomRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.seen != null && Object.hasOwnProperty.call(message, "seen"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.seen);
                    return writer;
                };

                /**
                 * Decodes a WaitOomRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.WaitOomRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.WaitOomRequest} WaitOomRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WaitOomRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.WaitOomRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.seen = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for WaitOomRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.WaitOomRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                WaitOomRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.WaitOomRequest";
                };

                return WaitOomRequest;
            })();

            v1.WaitOomResponse = (function() {

                /**
                 * Properties of a WaitOomResponse.
                 * @memberof tandem.agent.v1
                 * @interface IWaitOomResponse
                 * @property {number|null} [kills] WaitOomResponse kills
                 * @property {boolean|null} [exited] WaitOomResponse exited
                 */

                /**
                 * Constructs a new WaitOomResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a WaitOomResponse.
                 * @implements IWaitOomResponse
                 * @constructor
                 * @param {tandem.agent.v1.IWaitOomResponse=} [properties] Properties to set
                 */
                function WaitOomResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * WaitOomResponse kills.
                 * @member {number} kills
                 * @memberof tandem.agent.v1.WaitOomResponse
                 * @instance
                 */
                WaitOomResponse.prototype.kills = 0;

                /**
                 * WaitOomResponse exited.
                 * @member {boolean} exited
                 * @memberof tandem.agent.v1.WaitOomResponse
                 * @instance
                 */
                WaitOomResponse.prototype.exited = false;

                /**
                 * Creates a new WaitOomResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.WaitOomResponse
                 * @static
                 * @param {tandem.agent.v1.IWaitOomResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.WaitOomResponse} WaitOomResponse instance
                 */
                WaitOomResponse.create = function create(properties) {
                    return new WaitOomResponse(properties);
                };

                /**
                 * Encodes the specified WaitOomResponse message. Does not implicitly {@link tandem.agent.v1.WaitOomResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.WaitOomResponse
                 * @static
                 * @param {tandem.agent.v1.IWaitOomResponse} message WaitOomResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WaitOomResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.kills != null && Object.hasOwnProperty.call(message, "kills"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.kills);
                    if (message.exited != null && Object.hasOwnProperty.call(message, "exited"))
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.exited);
                    return writer;
                };

                /**
                 * Decodes a WaitOomResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.WaitOomResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.WaitOomResponse} WaitOomResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WaitOomResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.WaitOomResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.kills = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.exited = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for WaitOomResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.WaitOomResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                WaitOomResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.WaitOomResponse";
                };

                return WaitOomResponse;
            })();

            v1.PidsRequest = (function() {

                /**
                 * Properties of a PidsRequest.
                 * @memberof tandem.agent.v1
                 * @interface IPidsRequest
                 * @property {string|null} [containerId] PidsRequest containerId
                 */

                /**
                 * Constructs a new PidsRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a PidsRequest.
                 * @implements IPidsRequest
                 * @constructor
                 * @param {tandem.agent.v1.IPidsRequest=} [properties] Properties to set
                 */
                function PidsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PidsRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.PidsRequest
                 * @instance
                 */
                PidsRequest.prototype.containerId = "";

                /**
                 * Creates a new PidsRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.PidsRequest
                 * @static
                 * @param {tandem.agent.v1.IPidsRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.PidsRequest} PidsRequest instance
                 */
                PidsRequest.create = function create(properties) {
                    return new PidsRequest(properties);
                };

                /**
                 * Encodes the specified PidsRequest message. Does not implicitly {@link tandem.agent.v1.PidsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.PidsRequest
                 * @static
                 * @param {tandem.agent.v1.IPidsRequest} message PidsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PidsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    return writer;
                };

                /**
                 * Decodes a PidsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.PidsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.PidsRequest} PidsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PidsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.PidsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PidsRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.PidsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PidsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.PidsRequest";
                };

                return PidsRequest;
            })();

            v1.PidsResponse = (function() {

                /**
                 * Properties of a PidsResponse.
                 * @memberof tandem.agent.v1
                 * @interface IPidsResponse
                 * @property {Array.<number>|null} [pids] PidsResponse pids
                 * @property {Array.<tandem.agent.v1.IProcessDetail>|null} [processes] PidsResponse processes
                 */

                /**
                 * Constructs a new PidsResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a PidsResponse.
                 * @implements IPidsResponse
                 * @constructor
                 * @param {tandem.agent.v1.IPidsResponse=} [properties] Properties to set
                 */
                function PidsResponse(properties) {
                    this.pids = [];
                    this.processes = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PidsResponse pids.
                 * @member {Array.<number>} pids
                 * @memberof tandem.agent.v1.PidsResponse
                 * @instance
                 */
                PidsResponse.prototype.pids = $util.emptyArray;

                /**
                 * PidsResponse processes.
                 * @member {Array.<tandem.agent.v1.IProcessDetail>} processes
                 * @memberof tandem.agent.v1.PidsResponse
                 * @instance
                 */
                PidsResponse.prototype.processes = $util.emptyArray;

                /**
                 * Creates a new PidsResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.PidsResponse
                 * @static
                 * @param {tandem.agent.v1.IPidsResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.PidsResponse} PidsResponse instance
                 */
                PidsResponse.create = function create(properties) {
                    return new PidsResponse(properties);
                };

                /**
                 * Encodes the specified PidsResponse message. Does not implicitly {@link tandem.agent.v1.PidsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.PidsResponse
                 * @static
                 * @param {tandem.agent.v1.IPidsResponse} message PidsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PidsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.pids != null && message.pids.length) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork();
                        for (let i = 0; i < message.pids.length; ++i)
                            writer.uint32(message.pids[i]);
                        writer.ldelim();
                    }
                    if (message.processes != null && message.processes.length)
                        for (let i = 0; i < message.processes.length; ++i)
                            $root.tandem.agent.v1.ProcessDetail.encode(message.processes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a PidsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.PidsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.PidsResponse} PidsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PidsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.PidsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.pids && message.pids.length))
                                    message.pids = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.pids.push(reader.uint32());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.pids.push(reader.uint32());
                                break;
                            }
                        case 2: {
                                if (!(message.processes && message.processes.length))
                                    message.processes = [];
                                message.processes.push($root.tandem.agent.v1.ProcessDetail.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PidsResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.PidsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PidsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.PidsResponse";
                };

                return PidsResponse;
            })();

            v1.ProcessDetail = (function() {

                /**
                 * Properties of a ProcessDetail.
                 * @memberof tandem.agent.v1
                 * @interface IProcessDetail
                 * @property {number|null} [pid] ProcessDetail pid
                 * @property {number|null} [ppid] ProcessDetail ppid
                 * @property {number|null} [uid] ProcessDetail uid
                 * @property {number|null} [ageMs] ProcessDetail ageMs
                 * @property {number|null} [cpuMs] ProcessDetail cpuMs
                 * @property {string|null} [tty] ProcessDetail tty
                 * @property {string|null} [cmd] ProcessDetail cmd
                 */

                /**
                 * Constructs a new ProcessDetail.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a ProcessDetail.
                 * @implements IProcessDetail
                 * @constructor
                 * @param {tandem.agent.v1.IProcessDetail=} [properties] Properties to set
                 */
                function ProcessDetail(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ProcessDetail pid.
                 * @member {number} pid
                 * @memberof tandem.agent.v1.ProcessDetail
                 * @instance
                 */
                ProcessDetail.prototype.pid = 0;

                /**
                 * ProcessDetail ppid.
                 * @member {number} ppid
                 * @memberof tandem.agent.v1.ProcessDetail
                 * @instance
                 */
                ProcessDetail.prototype.ppid = 0;

                /**
                 * ProcessDetail uid.
                 * @member {number} uid
                 * @memberof tandem.agent.v1.ProcessDetail
                 * @instance
                 */
                ProcessDetail.prototype.uid = 0;

                /**
                 * ProcessDetail ageMs.
                 * @member {number} ageMs
                 * @memberof tandem.agent.v1.ProcessDetail
                 * @instance
                 */
                ProcessDetail.prototype.ageMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ProcessDetail cpuMs.
                 * @member {number} cpuMs
                 * @memberof tandem.agent.v1.ProcessDetail
                 * @instance
                 */
                ProcessDetail.prototype.cpuMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ProcessDetail tty.
                 * @member {string} tty
                 * @memberof tandem.agent.v1.ProcessDetail
                 * @instance
                 */
                ProcessDetail.prototype.tty = "";

                /**
                 * ProcessDetail cmd.
                 * @member {string} cmd
                 * @memberof tandem.agent.v1.ProcessDetail
                 * @instance
                 */
                ProcessDetail.prototype.cmd = "";

                /**
                 * Creates a new ProcessDetail instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.ProcessDetail
                 * @static
                 * @param {tandem.agent.v1.IProcessDetail=} [properties] Properties to set
                 * @returns {tandem.agent.v1.ProcessDetail} ProcessDetail instance
                 */
                ProcessDetail.create = function create(properties) {
                    return new ProcessDetail(properties);
                };

                /**
                 * Encodes the specified ProcessDetail message. Does not implicitly {@link tandem.agent.v1.ProcessDetail.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.ProcessDetail
                 * @static
                 * @param {tandem.agent.v1.IProcessDetail} message ProcessDetail message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProcessDetail.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                    if (message.ppid != null && Object.hasOwnProperty.call(message, "ppid"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ppid);
                    if (message.uid != null && Object.hasOwnProperty.call(message, "uid"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.uid);
                    if (message.ageMs != null && Object.hasOwnProperty.call(message, "ageMs"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.ageMs);
                    if (message.cpuMs != null && Object.hasOwnProperty.call(message, "cpuMs"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.cpuMs);
                    if (message.tty != null && Object.hasOwnProperty.call(message, "tty"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.tty);
                    if (message.cmd != null && Object.hasOwnProperty.call(message, "cmd"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.cmd);
                    return writer;
                };

                /**
                 * Decodes a ProcessDetail message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.ProcessDetail
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.ProcessDetail} ProcessDetail
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProcessDetail.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.ProcessDetail();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.pid = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.ppid = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.uid = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.ageMs = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.cpuMs = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.tty = reader.string();
                                break;
                            }
                        case 7: {
                                message.cmd = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ProcessDetail
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.ProcessDetail
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ProcessDetail.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.ProcessDetail";
                };

                return ProcessDetail;
            })();

            v1.StatsRequest = (function() {

                /**
                 * Properties of a StatsRequest.
                 * @memberof tandem.agent.v1
                 * @interface IStatsRequest
                 * @property {string|null} [containerId] StatsRequest containerId
                 */

                /**
                 * Constructs a new StatsRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a StatsRequest.
                 * @implements IStatsRequest
                 * @constructor
                 * @param {tandem.agent.v1.IStatsRequest=} [properties] Properties to set
                 */
                function StatsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * StatsRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.StatsRequest
                 * @instance
                 */
                StatsRequest.prototype.containerId = "";

                /**
                 * Creates a new StatsRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.StatsRequest
                 * @static
                 * @param {tandem.agent.v1.IStatsRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.StatsRequest} StatsRequest instance
                 */
                StatsRequest.create = function create(properties) {
                    return new StatsRequest(properties);
                };

                /**
                 * Encodes the specified StatsRequest message. Does not implicitly {@link tandem.agent.v1.StatsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.StatsRequest
                 * @static
                 * @param {tandem.agent.v1.IStatsRequest} message StatsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    return writer;
                };

                /**
                 * Decodes a StatsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.StatsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.StatsRequest} StatsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.StatsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for StatsRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.StatsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                StatsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.StatsRequest";
                };

                return StatsRequest;
            })();

            v1.StatsResponse = (function() {

                /**
                 * Properties of a StatsResponse.
                 * @memberof tandem.agent.v1
                 * @interface IStatsResponse
                 * @property {number|null} [pids] StatsResponse pids
                 * @property {number|null} [userUsec] StatsResponse userUsec
                 * @property {number|null} [systemUsec] StatsResponse systemUsec
                 * @property {number|null} [memoryBytes] StatsResponse memoryBytes
                 * @property {number|null} [anonBytes] StatsResponse anonBytes
                 * @property {number|null} [fileBytes] StatsResponse fileBytes
                 * @property {number|null} [memoryLimitBytes] StatsResponse memoryLimitBytes
                 * @property {number|null} [inactiveFileBytes] StatsResponse inactiveFileBytes
                 */

                /**
                 * Constructs a new StatsResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a StatsResponse.
                 * @implements IStatsResponse
                 * @constructor
                 * @param {tandem.agent.v1.IStatsResponse=} [properties] Properties to set
                 */
                function StatsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * StatsResponse pids.
                 * @member {number} pids
                 * @memberof tandem.agent.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.pids = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatsResponse userUsec.
                 * @member {number} userUsec
                 * @memberof tandem.agent.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.userUsec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatsResponse systemUsec.
                 * @member {number} systemUsec
                 * @memberof tandem.agent.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.systemUsec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatsResponse memoryBytes.
                 * @member {number} memoryBytes
                 * @memberof tandem.agent.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatsResponse anonBytes.
                 * @member {number} anonBytes
                 * @memberof tandem.agent.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.anonBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatsResponse fileBytes.
                 * @member {number} fileBytes
                 * @memberof tandem.agent.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.fileBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatsResponse memoryLimitBytes.
                 * @member {number} memoryLimitBytes
                 * @memberof tandem.agent.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.memoryLimitBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatsResponse inactiveFileBytes.
                 * @member {number} inactiveFileBytes
                 * @memberof tandem.agent.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.inactiveFileBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new StatsResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.StatsResponse
                 * @static
                 * @param {tandem.agent.v1.IStatsResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.StatsResponse} StatsResponse instance
                 */
                StatsResponse.create = function create(properties) {
                    return new StatsResponse(properties);
                };

                /**
                 * Encodes the specified StatsResponse message. Does not implicitly {@link tandem.agent.v1.StatsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.StatsResponse
                 * @static
                 * @param {tandem.agent.v1.IStatsResponse} message StatsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.pids != null && Object.hasOwnProperty.call(message, "pids"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.pids);
                    if (message.userUsec != null && Object.hasOwnProperty.call(message, "userUsec"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.userUsec);
                    if (message.systemUsec != null && Object.hasOwnProperty.call(message, "systemUsec"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.systemUsec);
                    if (message.memoryBytes != null && Object.hasOwnProperty.call(message, "memoryBytes"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.memoryBytes);
                    if (message.anonBytes != null && Object.hasOwnProperty.call(message, "anonBytes"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.anonBytes);
                    if (message.fileBytes != null && Object.hasOwnProperty.call(message, "fileBytes"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.fileBytes);
                    if (message.memoryLimitBytes != null && Object.hasOwnProperty.call(message, "memoryLimitBytes"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.memoryLimitBytes);
                    if (message.inactiveFileBytes != null && Object.hasOwnProperty.call(message, "inactiveFileBytes"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.inactiveFileBytes);
                    return writer;
                };

                /**
                 * Decodes a StatsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.StatsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.StatsResponse} StatsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.StatsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.pids = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.userUsec = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.systemUsec = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.memoryBytes = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.anonBytes = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.fileBytes = reader.uint64();
                                break;
                            }
                        case 7: {
                                message.memoryLimitBytes = reader.uint64();
                                break;
                            }
                        case 8: {
                                message.inactiveFileBytes = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for StatsResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.StatsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                StatsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.StatsResponse";
                };

                return StatsResponse;
            })();

            v1.PauseRequest = (function() {

                /**
                 * Properties of a PauseRequest.
                 * @memberof tandem.agent.v1
                 * @interface IPauseRequest
                 * @property {string|null} [containerId] PauseRequest containerId
                 */

                /**
                 * Constructs a new PauseRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a PauseRequest.
                 * @implements IPauseRequest
                 * @constructor
                 * @param {tandem.agent.v1.IPauseRequest=} [properties] Properties to set
                 */
                function PauseRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PauseRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.PauseRequest
                 * @instance
                 */
                PauseRequest.prototype.containerId = "";

                /**
                 * Creates a new PauseRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.PauseRequest
                 * @static
                 * @param {tandem.agent.v1.IPauseRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.PauseRequest} PauseRequest instance
                 */
                PauseRequest.create = function create(properties) {
                    return new PauseRequest(properties);
                };

                /**
                 * Encodes the specified PauseRequest message. Does not implicitly {@link tandem.agent.v1.PauseRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.PauseRequest
                 * @static
                 * @param {tandem.agent.v1.IPauseRequest} message PauseRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PauseRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    return writer;
                };

                /**
                 * Decodes a PauseRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.PauseRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.PauseRequest} PauseRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PauseRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.PauseRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PauseRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.PauseRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PauseRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.PauseRequest";
                };

                return PauseRequest;
            })();

            v1.PauseResponse = (function() {

                /**
                 * Properties of a PauseResponse.
                 * @memberof tandem.agent.v1
                 * @interface IPauseResponse
                 */

                /**
                 * Constructs a new PauseResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a PauseResponse.
                 * @implements IPauseResponse
                 * @constructor
                 * @param {tandem.agent.v1.IPauseResponse=} [properties] Properties to set
                 */
                function PauseResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new PauseResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.PauseResponse
                 * @static
                 * @param {tandem.agent.v1.IPauseResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.PauseResponse} PauseResponse instance
                 */
                PauseResponse.create = function create(properties) {
                    return new PauseResponse(properties);
                };

                /**
                 * Encodes the specified PauseResponse message. Does not implicitly {@link tandem.agent.v1.PauseResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.PauseResponse
                 * @static
                 * @param {tandem.agent.v1.IPauseResponse} message PauseResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PauseResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a PauseResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.PauseResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.PauseResponse} PauseResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PauseResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.PauseResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PauseResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.PauseResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PauseResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.PauseResponse";
                };

                return PauseResponse;
            })();

            v1.ResumeRequest = (function() {

                /**
                 * Properties of a ResumeRequest.
                 * @memberof tandem.agent.v1
                 * @interface IResumeRequest
                 * @property {string|null} [containerId] ResumeRequest containerId
                 */

                /**
                 * Constructs a new ResumeRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a ResumeRequest.
                 * @implements IResumeRequest
                 * @constructor
                 * @param {tandem.agent.v1.IResumeRequest=} [properties] Properties to set
                 */
                function ResumeRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ResumeRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.ResumeRequest
                 * @instance
                 */
                ResumeRequest.prototype.containerId = "";

                /**
                 * Creates a new ResumeRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.ResumeRequest
                 * @static
                 * @param {tandem.agent.v1.IResumeRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.ResumeRequest} ResumeRequest instance
                 */
                ResumeRequest.create = function create(properties) {
                    return new ResumeRequest(properties);
                };

                /**
                 * Encodes the specified ResumeRequest message. Does not implicitly {@link tandem.agent.v1.ResumeRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.ResumeRequest
                 * @static
                 * @param {tandem.agent.v1.IResumeRequest} message ResumeRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResumeRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    return writer;
                };

                /**
                 * Decodes a ResumeRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.ResumeRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.ResumeRequest} ResumeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResumeRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.ResumeRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ResumeRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.ResumeRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ResumeRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.ResumeRequest";
                };

                return ResumeRequest;
            })();

            v1.ResumeResponse = (function() {

                /**
                 * Properties of a ResumeResponse.
                 * @memberof tandem.agent.v1
                 * @interface IResumeResponse
                 */

                /**
                 * Constructs a new ResumeResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a ResumeResponse.
                 * @implements IResumeResponse
                 * @constructor
                 * @param {tandem.agent.v1.IResumeResponse=} [properties] Properties to set
                 */
                function ResumeResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new ResumeResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.ResumeResponse
                 * @static
                 * @param {tandem.agent.v1.IResumeResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.ResumeResponse} ResumeResponse instance
                 */
                ResumeResponse.create = function create(properties) {
                    return new ResumeResponse(properties);
                };

                /**
                 * Encodes the specified ResumeResponse message. Does not implicitly {@link tandem.agent.v1.ResumeResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.ResumeResponse
                 * @static
                 * @param {tandem.agent.v1.IResumeResponse} message ResumeResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResumeResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a ResumeResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.ResumeResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.ResumeResponse} ResumeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResumeResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.ResumeResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ResumeResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.ResumeResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ResumeResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.ResumeResponse";
                };

                return ResumeResponse;
            })();

            v1.UpdateRequest = (function() {

                /**
                 * Properties of an UpdateRequest.
                 * @memberof tandem.agent.v1
                 * @interface IUpdateRequest
                 * @property {string|null} [containerId] UpdateRequest containerId
                 * @property {Uint8Array|null} [resourcesJson] UpdateRequest resourcesJson
                 */

                /**
                 * Constructs a new UpdateRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents an UpdateRequest.
                 * @implements IUpdateRequest
                 * @constructor
                 * @param {tandem.agent.v1.IUpdateRequest=} [properties] Properties to set
                 */
                function UpdateRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * UpdateRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.UpdateRequest
                 * @instance
                 */
                UpdateRequest.prototype.containerId = "";

                /**
                 * UpdateRequest resourcesJson.
                 * @member {Uint8Array} resourcesJson
                 * @memberof tandem.agent.v1.UpdateRequest
                 * @instance
                 */
                UpdateRequest.prototype.resourcesJson = $util.newBuffer([]);

                /**
                 * Creates a new UpdateRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.UpdateRequest
                 * @static
                 * @param {tandem.agent.v1.IUpdateRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.UpdateRequest} UpdateRequest instance
                 */
                UpdateRequest.create = function create(properties) {
                    return new UpdateRequest(properties);
                };

                /**
                 * Encodes the specified UpdateRequest message. Does not implicitly {@link tandem.agent.v1.UpdateRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.UpdateRequest
                 * @static
                 * @param {tandem.agent.v1.IUpdateRequest} message UpdateRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UpdateRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.resourcesJson != null && Object.hasOwnProperty.call(message, "resourcesJson"))
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.resourcesJson);
                    return writer;
                };

                /**
                 * Decodes an UpdateRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.UpdateRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.UpdateRequest} UpdateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UpdateRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.UpdateRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.resourcesJson = reader.bytes();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for UpdateRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.UpdateRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                UpdateRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.UpdateRequest";
                };

                return UpdateRequest;
            })();

            v1.UpdateResponse = (function() {

                /**
                 * Properties of an UpdateResponse.
                 * @memberof tandem.agent.v1
                 * @interface IUpdateResponse
                 */

                /**
                 * Constructs a new UpdateResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents an UpdateResponse.
                 * @implements IUpdateResponse
                 * @constructor
                 * @param {tandem.agent.v1.IUpdateResponse=} [properties] Properties to set
                 */
                function UpdateResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new UpdateResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.UpdateResponse
                 * @static
                 * @param {tandem.agent.v1.IUpdateResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.UpdateResponse} UpdateResponse instance
                 */
                UpdateResponse.create = function create(properties) {
                    return new UpdateResponse(properties);
                };

                /**
                 * Encodes the specified UpdateResponse message. Does not implicitly {@link tandem.agent.v1.UpdateResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.UpdateResponse
                 * @static
                 * @param {tandem.agent.v1.IUpdateResponse} message UpdateResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UpdateResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes an UpdateResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.UpdateResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.UpdateResponse} UpdateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UpdateResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.UpdateResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for UpdateResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.UpdateResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                UpdateResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.UpdateResponse";
                };

                return UpdateResponse;
            })();

            v1.ResizePtyRequest = (function() {

                /**
                 * Properties of a ResizePtyRequest.
                 * @memberof tandem.agent.v1
                 * @interface IResizePtyRequest
                 * @property {string|null} [containerId] ResizePtyRequest containerId
                 * @property {string|null} [execId] ResizePtyRequest execId
                 * @property {number|null} [width] ResizePtyRequest width
                 * @property {number|null} [height] ResizePtyRequest height
                 */

                /**
                 * Constructs a new ResizePtyRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a ResizePtyRequest.
                 * @implements IResizePtyRequest
                 * @constructor
                 * @param {tandem.agent.v1.IResizePtyRequest=} [properties] Properties to set
                 */
                function ResizePtyRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ResizePtyRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.containerId = "";

                /**
                 * ResizePtyRequest execId.
                 * @member {string} execId
                 * @memberof tandem.agent.v1.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.execId = "";

                /**
                 * ResizePtyRequest width.
                 * @member {number} width
                 * @memberof tandem.agent.v1.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.width = 0;

                /**
                 * ResizePtyRequest height.
                 * @member {number} height
                 * @memberof tandem.agent.v1.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.height = 0;

                /**
                 * Creates a new ResizePtyRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.ResizePtyRequest
                 * @static
                 * @param {tandem.agent.v1.IResizePtyRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.ResizePtyRequest} ResizePtyRequest instance
                 */
                ResizePtyRequest.create = function create(properties) {
                    return new ResizePtyRequest(properties);
                };

                /**
                 * Encodes the specified ResizePtyRequest message. Does not implicitly {@link tandem.agent.v1.ResizePtyRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.ResizePtyRequest
                 * @static
                 * @param {tandem.agent.v1.IResizePtyRequest} message ResizePtyRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResizePtyRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.width);
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.height);
                    return writer;
                };

                /**
                 * Decodes a ResizePtyRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.ResizePtyRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.ResizePtyRequest} ResizePtyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResizePtyRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.ResizePtyRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        case 3: {
                                message.width = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.height = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ResizePtyRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.ResizePtyRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ResizePtyRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.ResizePtyRequest";
                };

                return ResizePtyRequest;
            })();

            v1.ResizePtyResponse = (function() {

                /**
                 * Properties of a ResizePtyResponse.
                 * @memberof tandem.agent.v1
                 * @interface IResizePtyResponse
                 */

                /**
                 * Constructs a new ResizePtyResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a ResizePtyResponse.
                 * @implements IResizePtyResponse
                 * @constructor
                 * @param {tandem.agent.v1.IResizePtyResponse=} [properties] Properties to set
                 */
                function ResizePtyResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new ResizePtyResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.ResizePtyResponse
                 * @static
                 * @param {tandem.agent.v1.IResizePtyResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.ResizePtyResponse} ResizePtyResponse instance
                 */
                ResizePtyResponse.create = function create(properties) {
                    return new ResizePtyResponse(properties);
                };

                /**
                 * Encodes the specified ResizePtyResponse message. Does not implicitly {@link tandem.agent.v1.ResizePtyResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.ResizePtyResponse
                 * @static
                 * @param {tandem.agent.v1.IResizePtyResponse} message ResizePtyResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResizePtyResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a ResizePtyResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.ResizePtyResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.ResizePtyResponse} ResizePtyResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResizePtyResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.ResizePtyResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ResizePtyResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.ResizePtyResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ResizePtyResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.ResizePtyResponse";
                };

                return ResizePtyResponse;
            })();

            v1.CloseStdinRequest = (function() {

                /**
                 * Properties of a CloseStdinRequest.
                 * @memberof tandem.agent.v1
                 * @interface ICloseStdinRequest
                 * @property {string|null} [containerId] CloseStdinRequest containerId
                 * @property {string|null} [execId] CloseStdinRequest execId
                 */

                /**
                 * Constructs a new CloseStdinRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a CloseStdinRequest.
                 * @implements ICloseStdinRequest
                 * @constructor
                 * @param {tandem.agent.v1.ICloseStdinRequest=} [properties] Properties to set
                 */
                function CloseStdinRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * CloseStdinRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.CloseStdinRequest
                 * @instance
                 */
                CloseStdinRequest.prototype.containerId = "";

                /**
                 * CloseStdinRequest execId.
                 * @member {string} execId
                 * @memberof tandem.agent.v1.CloseStdinRequest
                 * @instance
                 */
                CloseStdinRequest.prototype.execId = "";

                /**
                 * Creates a new CloseStdinRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.CloseStdinRequest
                 * @static
                 * @param {tandem.agent.v1.ICloseStdinRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.CloseStdinRequest} CloseStdinRequest instance
                 */
                CloseStdinRequest.create = function create(properties) {
                    return new CloseStdinRequest(properties);
                };

                /**
                 * Encodes the specified CloseStdinRequest message. Does not implicitly {@link tandem.agent.v1.CloseStdinRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.CloseStdinRequest
                 * @static
                 * @param {tandem.agent.v1.ICloseStdinRequest} message CloseStdinRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CloseStdinRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    return writer;
                };

                /**
                 * Decodes a CloseStdinRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.CloseStdinRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.CloseStdinRequest} CloseStdinRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CloseStdinRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.CloseStdinRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for CloseStdinRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.CloseStdinRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                CloseStdinRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.CloseStdinRequest";
                };

                return CloseStdinRequest;
            })();

            v1.CloseStdinResponse = (function() {

                /**
                 * Properties of a CloseStdinResponse.
                 * @memberof tandem.agent.v1
                 * @interface ICloseStdinResponse
                 */

                /**
                 * Constructs a new CloseStdinResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a CloseStdinResponse.
                 * @implements ICloseStdinResponse
                 * @constructor
                 * @param {tandem.agent.v1.ICloseStdinResponse=} [properties] Properties to set
                 */
                function CloseStdinResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new CloseStdinResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.CloseStdinResponse
                 * @static
                 * @param {tandem.agent.v1.ICloseStdinResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.CloseStdinResponse} CloseStdinResponse instance
                 */
                CloseStdinResponse.create = function create(properties) {
                    return new CloseStdinResponse(properties);
                };

                /**
                 * Encodes the specified CloseStdinResponse message. Does not implicitly {@link tandem.agent.v1.CloseStdinResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.CloseStdinResponse
                 * @static
                 * @param {tandem.agent.v1.ICloseStdinResponse} message CloseStdinResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CloseStdinResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a CloseStdinResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.CloseStdinResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.CloseStdinResponse} CloseStdinResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CloseStdinResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.CloseStdinResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for CloseStdinResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.CloseStdinResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                CloseStdinResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.CloseStdinResponse";
                };

                return CloseStdinResponse;
            })();

            v1.TouchRequest = (function() {

                /**
                 * Properties of a TouchRequest.
                 * @memberof tandem.agent.v1
                 * @interface ITouchRequest
                 * @property {string|null} [containerId] TouchRequest containerId
                 * @property {Array.<string>|null} [paths] TouchRequest paths
                 */

                /**
                 * Constructs a new TouchRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a TouchRequest.
                 * @implements ITouchRequest
                 * @constructor
                 * @param {tandem.agent.v1.ITouchRequest=} [properties] Properties to set
                 */
                function TouchRequest(properties) {
                    this.paths = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * TouchRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.TouchRequest
                 * @instance
                 */
                TouchRequest.prototype.containerId = "";

                /**
                 * TouchRequest paths.
                 * @member {Array.<string>} paths
                 * @memberof tandem.agent.v1.TouchRequest
                 * @instance
                 */
                TouchRequest.prototype.paths = $util.emptyArray;

                /**
                 * Creates a new TouchRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.TouchRequest
                 * @static
                 * @param {tandem.agent.v1.ITouchRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.TouchRequest} TouchRequest instance
                 */
                TouchRequest.create = function create(properties) {
                    return new TouchRequest(properties);
                };

                /**
                 * Encodes the specified TouchRequest message. Does not implicitly {@link tandem.agent.v1.TouchRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.TouchRequest
                 * @static
                 * @param {tandem.agent.v1.ITouchRequest} message TouchRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TouchRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.paths != null && message.paths.length)
                        for (let i = 0; i < message.paths.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.paths[i]);
                    return writer;
                };

                /**
                 * Decodes a TouchRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.TouchRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.TouchRequest} TouchRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TouchRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.TouchRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                if (!(message.paths && message.paths.length))
                                    message.paths = [];
                                message.paths.push(reader.string());
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for TouchRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.TouchRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                TouchRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.TouchRequest";
                };

                return TouchRequest;
            })();

            v1.TouchResponse = (function() {

                /**
                 * Properties of a TouchResponse.
                 * @memberof tandem.agent.v1
                 * @interface ITouchResponse
                 * @property {number|null} [touched] TouchResponse touched
                 * @property {Array.<string>|null} [missing] TouchResponse missing
                 */

                /**
                 * Constructs a new TouchResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a TouchResponse.
                 * @implements ITouchResponse
                 * @constructor
                 * @param {tandem.agent.v1.ITouchResponse=} [properties] Properties to set
                 */
                function TouchResponse(properties) {
                    this.missing = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * TouchResponse touched.
                 * @member {number} touched
                 * @memberof tandem.agent.v1.TouchResponse
                 * @instance
                 */
                TouchResponse.prototype.touched = 0;

                /**
                 * TouchResponse missing.
                 * @member {Array.<string>} missing
                 * @memberof tandem.agent.v1.TouchResponse
                 * @instance
                 */
                TouchResponse.prototype.missing = $util.emptyArray;

                /**
                 * Creates a new TouchResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.TouchResponse
                 * @static
                 * @param {tandem.agent.v1.ITouchResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.TouchResponse} TouchResponse instance
                 */
                TouchResponse.create = function create(properties) {
                    return new TouchResponse(properties);
                };

                /**
                 * Encodes the specified TouchResponse message. Does not implicitly {@link tandem.agent.v1.TouchResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.TouchResponse
                 * @static
                 * @param {tandem.agent.v1.ITouchResponse} message TouchResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TouchResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.touched != null && Object.hasOwnProperty.call(message, "touched"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.touched);
                    if (message.missing != null && message.missing.length)
                        for (let i = 0; i < message.missing.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.missing[i]);
                    return writer;
                };

                /**
                 * Decodes a TouchResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.TouchResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.TouchResponse} TouchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TouchResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.TouchResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.touched = reader.uint32();
                                break;
                            }
                        case 2: {
                                if (!(message.missing && message.missing.length))
                                    message.missing = [];
                                message.missing.push(reader.string());
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for TouchResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.TouchResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                TouchResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.TouchResponse";
                };

                return TouchResponse;
            })();

            v1.DeleteRequest = (function() {

                /**
                 * Properties of a DeleteRequest.
                 * @memberof tandem.agent.v1
                 * @interface IDeleteRequest
                 * @property {string|null} [containerId] DeleteRequest containerId
                 * @property {string|null} [execId] DeleteRequest execId
                 */

                /**
                 * Constructs a new DeleteRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a DeleteRequest.
                 * @implements IDeleteRequest
                 * @constructor
                 * @param {tandem.agent.v1.IDeleteRequest=} [properties] Properties to set
                 */
                function DeleteRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * DeleteRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.DeleteRequest
                 * @instance
                 */
                DeleteRequest.prototype.containerId = "";

                /**
                 * DeleteRequest execId.
                 * @member {string} execId
                 * @memberof tandem.agent.v1.DeleteRequest
                 * @instance
                 */
                DeleteRequest.prototype.execId = "";

                /**
                 * Creates a new DeleteRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.DeleteRequest
                 * @static
                 * @param {tandem.agent.v1.IDeleteRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.DeleteRequest} DeleteRequest instance
                 */
                DeleteRequest.create = function create(properties) {
                    return new DeleteRequest(properties);
                };

                /**
                 * Encodes the specified DeleteRequest message. Does not implicitly {@link tandem.agent.v1.DeleteRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.DeleteRequest
                 * @static
                 * @param {tandem.agent.v1.IDeleteRequest} message DeleteRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeleteRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    return writer;
                };

                /**
                 * Decodes a DeleteRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.DeleteRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.DeleteRequest} DeleteRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeleteRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.DeleteRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for DeleteRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.DeleteRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                DeleteRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.DeleteRequest";
                };

                return DeleteRequest;
            })();

            v1.DeleteResponse = (function() {

                /**
                 * Properties of a DeleteResponse.
                 * @memberof tandem.agent.v1
                 * @interface IDeleteResponse
                 */

                /**
                 * Constructs a new DeleteResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a DeleteResponse.
                 * @implements IDeleteResponse
                 * @constructor
                 * @param {tandem.agent.v1.IDeleteResponse=} [properties] Properties to set
                 */
                function DeleteResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new DeleteResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.DeleteResponse
                 * @static
                 * @param {tandem.agent.v1.IDeleteResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.DeleteResponse} DeleteResponse instance
                 */
                DeleteResponse.create = function create(properties) {
                    return new DeleteResponse(properties);
                };

                /**
                 * Encodes the specified DeleteResponse message. Does not implicitly {@link tandem.agent.v1.DeleteResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.DeleteResponse
                 * @static
                 * @param {tandem.agent.v1.IDeleteResponse} message DeleteResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeleteResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a DeleteResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.DeleteResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.DeleteResponse} DeleteResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeleteResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.DeleteResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for DeleteResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.DeleteResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                DeleteResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.DeleteResponse";
                };

                return DeleteResponse;
            })();

            v1.StdioInput = (function() {

                /**
                 * Properties of a StdioInput.
                 * @memberof tandem.agent.v1
                 * @interface IStdioInput
                 * @property {string|null} [containerId] StdioInput containerId
                 * @property {string|null} [execId] StdioInput execId
                 * @property {Uint8Array|null} [data] StdioInput data
                 * @property {number|null} [ack] StdioInput ack
                 * @property {boolean|null} [eof] StdioInput eof
                 */

                /**
                 * Constructs a new StdioInput.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a StdioInput.
                 * @implements IStdioInput
                 * @constructor
                 * @param {tandem.agent.v1.IStdioInput=} [properties] Properties to set
                 */
                function StdioInput(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * StdioInput containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.StdioInput
                 * @instance
                 */
                StdioInput.prototype.containerId = "";

                /**
                 * StdioInput execId.
                 * @member {string} execId
                 * @memberof tandem.agent.v1.StdioInput
                 * @instance
                 */
                StdioInput.prototype.execId = "";

                /**
                 * StdioInput data.
                 * @member {Uint8Array} data
                 * @memberof tandem.agent.v1.StdioInput
                 * @instance
                 */
                StdioInput.prototype.data = $util.newBuffer([]);

                /**
                 * StdioInput ack.
                 * @member {number} ack
                 * @memberof tandem.agent.v1.StdioInput
                 * @instance
                 */
                StdioInput.prototype.ack = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StdioInput eof.
                 * @member {boolean} eof
                 * @memberof tandem.agent.v1.StdioInput
                 * @instance
                 */
                StdioInput.prototype.eof = false;

                /**
                 * Creates a new StdioInput instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.StdioInput
                 * @static
                 * @param {tandem.agent.v1.IStdioInput=} [properties] Properties to set
                 * @returns {tandem.agent.v1.StdioInput} StdioInput instance
                 */
                StdioInput.create = function create(properties) {
                    return new StdioInput(properties);
                };

                /**
                 * Encodes the specified StdioInput message. Does not implicitly {@link tandem.agent.v1.StdioInput.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.StdioInput
                 * @static
                 * @param {tandem.agent.v1.IStdioInput} message StdioInput message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StdioInput.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                    if (message.ack != null && Object.hasOwnProperty.call(message, "ack"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.ack);
                    if (message.eof != null && Object.hasOwnProperty.call(message, "eof"))
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.eof);
                    return writer;
                };

                /**
                 * Decodes a StdioInput message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.StdioInput
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.StdioInput} StdioInput
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StdioInput.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.StdioInput();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        case 3: {
                                message.data = reader.bytes();
                                break;
                            }
                        case 4: {
                                message.ack = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.eof = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for StdioInput
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.StdioInput
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                StdioInput.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.StdioInput";
                };

                return StdioInput;
            })();

            v1.StdioOutput = (function() {

                /**
                 * Properties of a StdioOutput.
                 * @memberof tandem.agent.v1
                 * @interface IStdioOutput
                 * @property {number|null} [fd] StdioOutput fd
                 * @property {Uint8Array|null} [data] StdioOutput data
                 * @property {number|null} [ack] StdioOutput ack
                 * @property {boolean|null} [portEnded] StdioOutput portEnded
                 * @property {number|null} [portBytes] StdioOutput portBytes
                 * @property {boolean|null} [eof] StdioOutput eof
                 */

                /**
                 * Constructs a new StdioOutput.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a StdioOutput.
                 * @implements IStdioOutput
                 * @constructor
                 * @param {tandem.agent.v1.IStdioOutput=} [properties] Properties to set
                 */
                function StdioOutput(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * StdioOutput fd.
                 * @member {number} fd
                 * @memberof tandem.agent.v1.StdioOutput
                 * @instance
                 */
                StdioOutput.prototype.fd = 0;

                /**
                 * StdioOutput data.
                 * @member {Uint8Array} data
                 * @memberof tandem.agent.v1.StdioOutput
                 * @instance
                 */
                StdioOutput.prototype.data = $util.newBuffer([]);

                /**
                 * StdioOutput ack.
                 * @member {number} ack
                 * @memberof tandem.agent.v1.StdioOutput
                 * @instance
                 */
                StdioOutput.prototype.ack = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StdioOutput portEnded.
                 * @member {boolean} portEnded
                 * @memberof tandem.agent.v1.StdioOutput
                 * @instance
                 */
                StdioOutput.prototype.portEnded = false;

                /**
                 * StdioOutput portBytes.
                 * @member {number} portBytes
                 * @memberof tandem.agent.v1.StdioOutput
                 * @instance
                 */
                StdioOutput.prototype.portBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StdioOutput eof.
                 * @member {boolean} eof
                 * @memberof tandem.agent.v1.StdioOutput
                 * @instance
                 */
                StdioOutput.prototype.eof = false;

                /**
                 * Creates a new StdioOutput instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.StdioOutput
                 * @static
                 * @param {tandem.agent.v1.IStdioOutput=} [properties] Properties to set
                 * @returns {tandem.agent.v1.StdioOutput} StdioOutput instance
                 */
                StdioOutput.create = function create(properties) {
                    return new StdioOutput(properties);
                };

                /**
                 * Encodes the specified StdioOutput message. Does not implicitly {@link tandem.agent.v1.StdioOutput.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.StdioOutput
                 * @static
                 * @param {tandem.agent.v1.IStdioOutput} message StdioOutput message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StdioOutput.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.fd != null && Object.hasOwnProperty.call(message, "fd"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.fd);
                    if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                    if (message.ack != null && Object.hasOwnProperty.call(message, "ack"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.ack);
                    if (message.portEnded != null && Object.hasOwnProperty.call(message, "portEnded"))
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.portEnded);
                    if (message.portBytes != null && Object.hasOwnProperty.call(message, "portBytes"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.portBytes);
                    if (message.eof != null && Object.hasOwnProperty.call(message, "eof"))
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.eof);
                    return writer;
                };

                /**
                 * Decodes a StdioOutput message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.StdioOutput
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.StdioOutput} StdioOutput
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StdioOutput.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.StdioOutput();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.fd = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.data = reader.bytes();
                                break;
                            }
                        case 3: {
                                message.ack = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.portEnded = reader.bool();
                                break;
                            }
                        case 5: {
                                message.portBytes = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.eof = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for StdioOutput
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.StdioOutput
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                StdioOutput.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.StdioOutput";
                };

                return StdioOutput;
            })();

            v1.PortInput = (function() {

                /**
                 * Properties of a PortInput.
                 * @memberof tandem.agent.v1
                 * @interface IPortInput
                 * @property {number|null} [port] PortInput port
                 * @property {Uint8Array|null} [data] PortInput data
                 * @property {number|null} [ack] PortInput ack
                 * @property {boolean|null} [eof] PortInput eof
                 * @property {boolean|null} [outputPorts] PortInput outputPorts
                 * @property {boolean|null} [reset] PortInput reset
                 * @property {string|null} [containerId] PortInput containerId
                 * @property {number|null} [connId] PortInput connId
                 */

                /**
                 * Constructs a new PortInput.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a PortInput.
                 * @implements IPortInput
                 * @constructor
                 * @param {tandem.agent.v1.IPortInput=} [properties] Properties to set
                 */
                function PortInput(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PortInput port.
                 * @member {number} port
                 * @memberof tandem.agent.v1.PortInput
                 * @instance
                 */
                PortInput.prototype.port = 0;

                /**
                 * PortInput data.
                 * @member {Uint8Array} data
                 * @memberof tandem.agent.v1.PortInput
                 * @instance
                 */
                PortInput.prototype.data = $util.newBuffer([]);

                /**
                 * PortInput ack.
                 * @member {number} ack
                 * @memberof tandem.agent.v1.PortInput
                 * @instance
                 */
                PortInput.prototype.ack = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PortInput eof.
                 * @member {boolean} eof
                 * @memberof tandem.agent.v1.PortInput
                 * @instance
                 */
                PortInput.prototype.eof = false;

                /**
                 * PortInput outputPorts.
                 * @member {boolean} outputPorts
                 * @memberof tandem.agent.v1.PortInput
                 * @instance
                 */
                PortInput.prototype.outputPorts = false;

                /**
                 * PortInput reset.
                 * @member {boolean} reset
                 * @memberof tandem.agent.v1.PortInput
                 * @instance
                 */
                PortInput.prototype.reset = false;

                /**
                 * PortInput containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.PortInput
                 * @instance
                 */
                PortInput.prototype.containerId = "";

                /**
                 * PortInput connId.
                 * @member {number} connId
                 * @memberof tandem.agent.v1.PortInput
                 * @instance
                 */
                PortInput.prototype.connId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new PortInput instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.PortInput
                 * @static
                 * @param {tandem.agent.v1.IPortInput=} [properties] Properties to set
                 * @returns {tandem.agent.v1.PortInput} PortInput instance
                 */
                PortInput.create = function create(properties) {
                    return new PortInput(properties);
                };

                /**
                 * Encodes the specified PortInput message. Does not implicitly {@link tandem.agent.v1.PortInput.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.PortInput
                 * @static
                 * @param {tandem.agent.v1.IPortInput} message PortInput message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PortInput.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.port != null && Object.hasOwnProperty.call(message, "port"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.port);
                    if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                    if (message.ack != null && Object.hasOwnProperty.call(message, "ack"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.ack);
                    if (message.eof != null && Object.hasOwnProperty.call(message, "eof"))
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.eof);
                    if (message.outputPorts != null && Object.hasOwnProperty.call(message, "outputPorts"))
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.outputPorts);
                    if (message.reset != null && Object.hasOwnProperty.call(message, "reset"))
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.reset);
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.containerId);
                    if (message.connId != null && Object.hasOwnProperty.call(message, "connId"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.connId);
                    return writer;
                };

                /**
                 * Decodes a PortInput message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.PortInput
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.PortInput} PortInput
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PortInput.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.PortInput();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.port = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.data = reader.bytes();
                                break;
                            }
                        case 3: {
                                message.ack = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.eof = reader.bool();
                                break;
                            }
                        case 5: {
                                message.outputPorts = reader.bool();
                                break;
                            }
                        case 6: {
                                message.reset = reader.bool();
                                break;
                            }
                        case 7: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 8: {
                                message.connId = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PortInput
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.PortInput
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PortInput.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.PortInput";
                };

                return PortInput;
            })();

            v1.SocketsInput = (function() {

                /**
                 * Properties of a SocketsInput.
                 * @memberof tandem.agent.v1
                 * @interface ISocketsInput
                 * @property {string|null} [containerId] SocketsInput containerId
                 */

                /**
                 * Constructs a new SocketsInput.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a SocketsInput.
                 * @implements ISocketsInput
                 * @constructor
                 * @param {tandem.agent.v1.ISocketsInput=} [properties] Properties to set
                 */
                function SocketsInput(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * SocketsInput containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.SocketsInput
                 * @instance
                 */
                SocketsInput.prototype.containerId = "";

                /**
                 * Creates a new SocketsInput instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.SocketsInput
                 * @static
                 * @param {tandem.agent.v1.ISocketsInput=} [properties] Properties to set
                 * @returns {tandem.agent.v1.SocketsInput} SocketsInput instance
                 */
                SocketsInput.create = function create(properties) {
                    return new SocketsInput(properties);
                };

                /**
                 * Encodes the specified SocketsInput message. Does not implicitly {@link tandem.agent.v1.SocketsInput.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.SocketsInput
                 * @static
                 * @param {tandem.agent.v1.ISocketsInput} message SocketsInput message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SocketsInput.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    return writer;
                };

                /**
                 * Decodes a SocketsInput message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.SocketsInput
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.SocketsInput} SocketsInput
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SocketsInput.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.SocketsInput();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for SocketsInput
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.SocketsInput
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                SocketsInput.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.SocketsInput";
                };

                return SocketsInput;
            })();

            v1.SocketsOutput = (function() {

                /**
                 * Properties of a SocketsOutput.
                 * @memberof tandem.agent.v1
                 * @interface ISocketsOutput
                 * @property {number|null} [index] SocketsOutput index
                 * @property {number|null} [connId] SocketsOutput connId
                 */

                /**
                 * Constructs a new SocketsOutput.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a SocketsOutput.
                 * @implements ISocketsOutput
                 * @constructor
                 * @param {tandem.agent.v1.ISocketsOutput=} [properties] Properties to set
                 */
                function SocketsOutput(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * SocketsOutput index.
                 * @member {number} index
                 * @memberof tandem.agent.v1.SocketsOutput
                 * @instance
                 */
                SocketsOutput.prototype.index = 0;

                /**
                 * SocketsOutput connId.
                 * @member {number} connId
                 * @memberof tandem.agent.v1.SocketsOutput
                 * @instance
                 */
                SocketsOutput.prototype.connId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new SocketsOutput instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.SocketsOutput
                 * @static
                 * @param {tandem.agent.v1.ISocketsOutput=} [properties] Properties to set
                 * @returns {tandem.agent.v1.SocketsOutput} SocketsOutput instance
                 */
                SocketsOutput.create = function create(properties) {
                    return new SocketsOutput(properties);
                };

                /**
                 * Encodes the specified SocketsOutput message. Does not implicitly {@link tandem.agent.v1.SocketsOutput.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.SocketsOutput
                 * @static
                 * @param {tandem.agent.v1.ISocketsOutput} message SocketsOutput message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SocketsOutput.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.index != null && Object.hasOwnProperty.call(message, "index"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
                    if (message.connId != null && Object.hasOwnProperty.call(message, "connId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.connId);
                    return writer;
                };

                /**
                 * Decodes a SocketsOutput message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.SocketsOutput
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.SocketsOutput} SocketsOutput
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SocketsOutput.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.SocketsOutput();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.index = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.connId = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for SocketsOutput
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.SocketsOutput
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                SocketsOutput.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.SocketsOutput";
                };

                return SocketsOutput;
            })();

            v1.PortOutput = (function() {

                /**
                 * Properties of a PortOutput.
                 * @memberof tandem.agent.v1
                 * @interface IPortOutput
                 * @property {Uint8Array|null} [data] PortOutput data
                 * @property {number|null} [ack] PortOutput ack
                 * @property {string|null} [port] PortOutput port
                 * @property {boolean|null} [portEnded] PortOutput portEnded
                 * @property {number|null} [portBytes] PortOutput portBytes
                 * @property {boolean|null} [eof] PortOutput eof
                 */

                /**
                 * Constructs a new PortOutput.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a PortOutput.
                 * @implements IPortOutput
                 * @constructor
                 * @param {tandem.agent.v1.IPortOutput=} [properties] Properties to set
                 */
                function PortOutput(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PortOutput data.
                 * @member {Uint8Array} data
                 * @memberof tandem.agent.v1.PortOutput
                 * @instance
                 */
                PortOutput.prototype.data = $util.newBuffer([]);

                /**
                 * PortOutput ack.
                 * @member {number} ack
                 * @memberof tandem.agent.v1.PortOutput
                 * @instance
                 */
                PortOutput.prototype.ack = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PortOutput port.
                 * @member {string} port
                 * @memberof tandem.agent.v1.PortOutput
                 * @instance
                 */
                PortOutput.prototype.port = "";

                /**
                 * PortOutput portEnded.
                 * @member {boolean} portEnded
                 * @memberof tandem.agent.v1.PortOutput
                 * @instance
                 */
                PortOutput.prototype.portEnded = false;

                /**
                 * PortOutput portBytes.
                 * @member {number} portBytes
                 * @memberof tandem.agent.v1.PortOutput
                 * @instance
                 */
                PortOutput.prototype.portBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PortOutput eof.
                 * @member {boolean} eof
                 * @memberof tandem.agent.v1.PortOutput
                 * @instance
                 */
                PortOutput.prototype.eof = false;

                /**
                 * Creates a new PortOutput instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.PortOutput
                 * @static
                 * @param {tandem.agent.v1.IPortOutput=} [properties] Properties to set
                 * @returns {tandem.agent.v1.PortOutput} PortOutput instance
                 */
                PortOutput.create = function create(properties) {
                    return new PortOutput(properties);
                };

                /**
                 * Encodes the specified PortOutput message. Does not implicitly {@link tandem.agent.v1.PortOutput.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.PortOutput
                 * @static
                 * @param {tandem.agent.v1.IPortOutput} message PortOutput message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PortOutput.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.data);
                    if (message.ack != null && Object.hasOwnProperty.call(message, "ack"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ack);
                    if (message.port != null && Object.hasOwnProperty.call(message, "port"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.port);
                    if (message.portEnded != null && Object.hasOwnProperty.call(message, "portEnded"))
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.portEnded);
                    if (message.portBytes != null && Object.hasOwnProperty.call(message, "portBytes"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.portBytes);
                    if (message.eof != null && Object.hasOwnProperty.call(message, "eof"))
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.eof);
                    return writer;
                };

                /**
                 * Decodes a PortOutput message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.PortOutput
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.PortOutput} PortOutput
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PortOutput.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.PortOutput();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.data = reader.bytes();
                                break;
                            }
                        case 2: {
                                message.ack = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.port = reader.string();
                                break;
                            }
                        case 4: {
                                message.portEnded = reader.bool();
                                break;
                            }
                        case 5: {
                                message.portBytes = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.eof = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PortOutput
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.PortOutput
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PortOutput.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.PortOutput";
                };

                return PortOutput;
            })();

            return v1;
        })();

        return agent;
    })();

    return tandem;
})();

export { $root as default };
